import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { api, unwrap, type Schemas } from "../api/client";
import { PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";

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

export function NotificationItem({ item }: { item: Schemas["Notification"] }) {
  const { t, dateTime } = useT();
  const client = useQueryClient();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{item.title}</Text>
            {!item.read && <Badge color="indigo.9">{t("notifications.unread")}</Badge>}
          </Group>
          <Text size="sm">{item.body}</Text>
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
            onClick={async () => {
              await api.POST("/api/v1/notifications/{id}/read/", { params: { path: { id: item.id } } });
              await client.invalidateQueries({ queryKey: ["/api/v1/notifications/"] });
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
  const search = useSearch({ strict: false }) as { page?: number };
  const navigate = useNavigate({ from: "/notifications" });
  const page = search.page ?? 1;
  const query = useNotifications(page);
  return (
    <Stack>
      <Title order={1}>{t("notifications.title")}</Title>
      <QueryState pending={query.isPending} error={query.error}>
        {query.data?.results.length ? (
          query.data.results.map((n) => <NotificationItem key={n.id} item={n} />)
        ) : (
          <Text>{t("notifications.none")}</Text>
        )}
        <Pages count={query.data?.count ?? 0} page={page} onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })} />
      </QueryState>
    </Stack>
  );
}
