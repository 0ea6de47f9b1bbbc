import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { api, unwrap, type Schemas } from "../api/client";
import { PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";

export const UNREAD_KEY = ["/api/v1/notifications/unread-count/"] as const;

export function useNotifications(page: number, unread?: boolean, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: ["/api/v1/notifications/", { page, unread, pageSize }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/notifications/", {
          params: { query: { page, page_size: pageSize, ...(unread ? { unread: true } : {}) } as never },
        }),
      ),
  });
}

/** The header's unread count, refreshed every minute and after every mark-read. */
export function useUnreadCount() {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => unwrap(await api.GET("/api/v1/notifications/unread-count/")),
    refetchInterval: 60_000,
  });
}

async function refreshInbox(client: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    client.invalidateQueries({ queryKey: ["/api/v1/notifications/"] }),
    client.invalidateQueries({ queryKey: UNREAD_KEY }),
  ]);
}

export function NotificationItem({ item }: { item: Schemas["Notification"] }) {
  const { t, dateTime } = useT();
  const client = useQueryClient();
  return (
    <Card withBorder padding="sm" data-unread={!item.read || undefined}>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={item.read ? 400 : 700}>{item.title}</Text>
            {!item.read && <Badge color="indigo.9">{t("notifications.unread")}</Badge>}
          </Group>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {item.body}
          </Text>
          <Text size="xs" c="gray.7">
            {dateTime(item.created_at)} ·{" "}
            <AnchorLink to="/cases/$caseId" params={{ caseId: item.case }} size="xs">
              {t("deadlines.case")}
            </AnchorLink>
          </Text>
        </Stack>
        {!item.read && (
          <Button
            size="xs"
            variant="default"
            aria-label={t("notifications.markReadOne", { title: item.title })}
            onClick={async () => {
              await api.POST("/api/v1/notifications/{id}/read/", { params: { path: { id: item.id } } });
              await refreshInbox(client);
            }}
          >
            {t("notifications.markRead")}
          </Button>
        )}
      </Group>
    </Card>
  );
}

export function NotificationsPage() {
  const { t } = useT();
  const client = useQueryClient();
  const search = useSearch({ strict: false }) as { page?: number; unread?: boolean };
  const navigate = useNavigate({ from: "/notifications" });
  const page = search.page ?? 1;
  const query = useNotifications(page, search.unread);
  const unread = useUnreadCount();
  const readAll = useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/notifications/read-all/")),
    onSuccess: () => refreshInbox(client),
  });
  return (
    <Stack>
      <Title order={1}>{t("notifications.title")}</Title>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t("notifications.show")}
          value={search.unread ? "unread" : "all"}
          onChange={(value) => void navigate({ search: value === "unread" ? { unread: true } : {} })}
          data={[
            { value: "all", label: t("notifications.all") },
            { value: "unread", label: t("notifications.unreadOnly") },
          ]}
        />
        {(unread.data?.unread ?? 0) > 0 && (
          <Button variant="default" onClick={() => readAll.mutate()} loading={readAll.isPending}>
            {t("notifications.markAllRead")}
          </Button>
        )}
      </Group>
      <QueryState pending={query.isPending} error={query.error}>
        {query.data?.results.length ? (
          query.data.results.map((n) => <NotificationItem key={n.id} item={n} />)
        ) : (
          <Text>{t("notifications.none")}</Text>
        )}
        <Pages
          count={query.data?.count ?? 0}
          page={page}
          onChange={(p) => void navigate({ search: { ...(search.unread ? { unread: true } : {}), page: p > 1 ? p : undefined } })}
        />
      </QueryState>
    </Stack>
  );
}
