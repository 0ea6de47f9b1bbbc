import { Alert, Badge, Button, Card, Code, CopyButton, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, ApiError, unwrap, type Schemas } from "../api/client";
import { HeadedTable, PAGE_SIZE, Pages, QueryState, RevokeCell, RevokeHeader } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useLocale, useT } from "../i18n/locale";
import { byDay, isoDate, monthGrid, overdueFirst, parseMonth, shiftMonth, sourceRoute } from "./calendar";

export type DeadlineSearch = { page?: number; view?: "calendar"; month?: string };

export function useDeadlines(page: number, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: ["/api/v1/deadlines/", { open: true, page, pageSize }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/deadlines/", {
          params: { query: { open: true, ordering: "due_on", page, page_size: pageSize } as never },
        }),
      ),
  });
}

function SourceLink({ d }: { d: Schemas["Deadline"] }) {
  const { label } = useT();
  const route = sourceRoute(d);
  return (
    <AnchorLink {...(route as { to: "/cases/$caseId"; params: { caseId: string } })}>
      {label("deadlineKind", d.kind)}: {d.title}
    </AnchorLink>
  );
}

export function DeadlineTable({ deadlines }: { deadlines: Schemas["Deadline"][] }) {
  const { t, date, state } = useT();
  return (
    <Table.ScrollContainer minWidth={600}>
      <HeadedTable
        striped
        headers={[t("deadlines.due"), t("deadlines.what"), t("deadlines.case"), t("deadlines.acting")]}
      >
        {overdueFirst(deadlines).map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              {date(d.due_on)} {d.overdue && <Badge color="red.9">{t("deadlines.overdue")}</Badge>}
            </Table.Td>
            <Table.Td>
              <SourceLink d={d} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <AnchorLink to="/cases/$caseId" params={{ caseId: d.case }}>
                {d.case_reference}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{state(d.acting_state)}</Table.Td>
          </Table.Tr>
        ))}
      </HeadedTable>
    </Table.ScrollContainer>
  );
}

function todayIso() {
  return new Date().toISOString().slice(0, 10);
}

export function DeadlinesPage() {
  const { t } = useT();
  const search = useSearch({ strict: false }) as DeadlineSearch;
  const navigate = useNavigate({ from: "/deadlines" });
  const page = search.page ?? 1;
  const view = search.view ?? "list";
  return (
    <Stack>
      <Title order={1}>{t("deadlines.title")}</Title>
      <SegmentedControl
        aria-label={t("deadlines.view")}
        w="fit-content"
        value={view}
        onChange={(value) => void navigate({ search: (old: DeadlineSearch) => ({ ...old, page: undefined, view: value === "calendar" ? "calendar" : undefined }) })}
        data={[
          { value: "list", label: t("deadlines.list") },
          { value: "calendar", label: t("deadlines.calendar") },
        ]}
      />
      {view === "calendar" ? (
        <MonthCalendar month={search.month} onMonth={(month) => void navigate({ search: (old: DeadlineSearch) => ({ ...old, month }) })} />
      ) : (
        <DeadlineList page={page} onPage={(p) => void navigate({ search: (old: DeadlineSearch) => ({ ...old, page: p > 1 ? p : undefined }) })} />
      )}
      <FeedTokens />
    </Stack>
  );
}

function DeadlineList({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { t } = useT();
  const query = useDeadlines(page);
  return (
    <QueryState pending={query.isPending} error={query.error}>
      {query.data?.results.length ? <DeadlineTable deadlines={query.data.results} /> : <Text>{t("deadlines.none")}</Text>}
      <Pages count={query.data?.count ?? 0} atLeast={query.data?.count_is_lower_bound} page={page} onChange={onPage} />
    </QueryState>
  );
}

function MonthCalendar({ month: value, onMonth }: { month?: string; onMonth: (month: string) => void }) {
  const { t, state, label } = useT();
  const { locale } = useLocale();
  const today = todayIso();
  const [year, month] = parseMonth(value, today);
  const grid = monthGrid(year, month);
  const from = grid[0]![0]!.iso;
  const until = grid[grid.length - 1]![6]!.iso;
  const query = useQuery({
    queryKey: ["/api/v1/deadlines/", { from, until }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/deadlines/", {
          params: { query: { due_after: from, due_before: until, ordering: "due_on", page_size: 200 } },
        }),
      ),
  });
  const days = byDay(query.data?.results ?? []);
  const title = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const weekdays = grid[0]!.map((d) =>
    new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(`${d.iso}T00:00:00Z`)),
  );
  const longDay = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(year, month, -1))}>
          {t("deadlines.previousMonth")}
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {title}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onMonth(isoDate(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1).slice(0, 7))}>
            {t("deadlines.thisMonth")}
          </Button>
          <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(year, month, 1))}>
            {t("deadlines.nextMonth")}
          </Button>
        </Group>
      </Group>
      <QueryState pending={query.isPending} error={query.error}>
        <Table.ScrollContainer minWidth={760}>
          <Table withColumnBorders withTableBorder layout="fixed" className="month-grid" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {weekdays.map((name) => (
                  <Table.Th key={name} scope="col">
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.map((week) => (
                <Table.Tr key={week[0]!.iso}>
                  {week.map((day) => {
                    const items = days.get(day.iso) ?? [];
                    return (
                      <Table.Td
                        key={day.iso}
                        data-date={day.iso}
                        className={day.inMonth ? undefined : "other-month"}
                        aria-current={day.iso === today ? "date" : undefined}
                      >
                        <Text size="xs" fw={day.iso === today ? 700 : 400} aria-label={longDay(day.iso)}>
                          {day.day}
                        </Text>
                        <Stack gap={2}>
                          {items.map((d) => {
                            const route = sourceRoute(d);
                            return (
                              <AnchorLink
                                key={d.id}
                                {...(route as { to: "/cases/$caseId"; params: { caseId: string } })}
                                size="xs"
                                className={d.overdue ? "deadline-chip overdue" : "deadline-chip"}
                                title={`${d.title} · ${d.case_reference} · ${state(d.acting_state)}`}
                              >
                                {d.overdue ? `${t("deadlines.overdue")}: ` : ""}
                                {label("deadlineKind", d.kind)} · {d.case_reference}
                              </AnchorLink>
                            );
                          })}
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </Card>
  );
}

type FeedTokenCreated = Schemas["CalendarFeedTokenCreated"];

/** The calendar feed: an address with a key of its own, shown once, revocable. */
function FeedTokens() {
  const { t, dateTime } = useT();
  const client = useQueryClient();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<FeedTokenCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ["/api/v1/deadlines/feed-tokens/"],
    queryFn: async () => unwrap(await api.GET("/api/v1/deadlines/feed-tokens/", { params: { query: { page_size: 100 } } })),
  });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST("/api/v1/deadlines/feed-tokens/", { body: { name: name.trim() || t("deadlines.feedDefaultName") } })),
    onSuccess: async (token) => {
      setCreated(token);
      setName("");
      await client.invalidateQueries({ queryKey: ["/api/v1/deadlines/feed-tokens/"] });
    },
    onError: (e) => setError(e instanceof ApiError ? Object.values(e.fieldErrors()).join(" ") || e.message : t("app.error")),
  });
  const revoke = useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE("/api/v1/deadlines/feed-tokens/{id}/", { params: { path: { id } } });
      if (!result.response.ok) throw new ApiError(result.response.status, undefined);
    },
    onSuccess: async (_, id) => {
      if (created?.id === id) setCreated(null);
      await client.invalidateQueries({ queryKey: ["/api/v1/deadlines/feed-tokens/"] });
    },
  });
  const live = (tokens.data?.results ?? []).filter((token) => !token.revoked_at);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create.mutate();
  };
  const feedUrl = created?.url ? new URL(created.url, window.location.origin).toString() : null;
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="xs">
        {t("deadlines.feedTitle")}
      </Title>
      <Text size="sm" mb="sm">
        {t("deadlines.feedIntro")}
      </Text>
      {feedUrl && (
        <Alert color="teal" role="status" mb="sm" title={t("deadlines.feedCreated")}>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code data-testid="feed-url" style={{ overflowWrap: "anywhere" }}>
              {feedUrl}
            </Code>
            <CopyButton value={feedUrl}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t("deadlines.copied") : t("deadlines.copy")}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group gap="xs" mt="xs">
            <Button component="a" href={feedUrl.replace(/^https?:/, "webcal:")} size="xs" variant="light">
              {t("deadlines.subscribe")}
            </Button>
          </Group>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      <form onSubmit={submit}>
        <Group align="end">
          <TextInput label={t("deadlines.feedName")} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Button type="submit" loading={create.isPending}>
            {t("deadlines.feedCreate")}
          </Button>
        </Group>
      </form>
      <QueryState pending={tokens.isPending} error={tokens.error}>
        {live.length > 0 && (
          <HeadedTable
            mt="sm"
            headers={[t("deadlines.feedName"), t("deadlines.feedCreatedOn"), t("deadlines.feedLastUsed"), <RevokeHeader key="revoke" />]}
          >
            {live.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  {token.name} <Code>{token.key_prefix}…</Code>
                </Table.Td>
                <Table.Td>{dateTime(token.created_at)}</Table.Td>
                <Table.Td>{dateTime(token.last_used_at)}</Table.Td>
                <RevokeCell
                  label={t("deadlines.feedRevoke", { name: token.name })}
                  loading={revoke.isPending && revoke.variables === token.id}
                  onClick={() => revoke.mutate(token.id)}
                />
              </Table.Tr>
            ))}
          </HeadedTable>
        )}
      </QueryState>
    </Card>
  );
}
