import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { useSession } from "../auth/session";
import { useStates } from "../common/queries";
import { HeadedTable, PAGE_SIZE, Pages, QueryState, StatusBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { CaseCreate } from "./CaseForm";

export const CASE_ORDERINGS = ["-updated_at", "reference", "-reference", "title", "-opened_on", "opened_on"] as const;
type Ordering = (typeof CASE_ORDERINGS)[number];
const STATUSES = ["open", "closed", "archived"] as const;
const OFFENCES = ["embezzlement", "laundering_embezzled", "bribery", "laundering", "other"] as const;

export type CaseSearch = {
  q?: string;
  status?: (typeof STATUSES)[number];
  origin_state?: string;
  offence_category?: (typeof OFFENCES)[number];
  ordering?: Ordering;
  page?: number;
};

/** The list's state lives in the URL, so that a list can be bookmarked. */
export function parseCaseSearch(search: Record<string, unknown>): CaseSearch {
  const answer: CaseSearch = {};
  if (typeof search.q === "string" && search.q) answer.q = search.q;
  if (STATUSES.includes(search.status as never)) answer.status = search.status as CaseSearch["status"];
  if (typeof search.origin_state === "string" && /^[A-Z]{2}$/.test(search.origin_state))
    answer.origin_state = search.origin_state;
  if (OFFENCES.includes(search.offence_category as never))
    answer.offence_category = search.offence_category as CaseSearch["offence_category"];
  if (CASE_ORDERINGS.includes(search.ordering as never)) answer.ordering = search.ordering as Ordering;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) answer.page = page;
  return answer;
}

export function useCases(search: CaseSearch, pageSize = PAGE_SIZE) {
  const query = { ...search, page: search.page ?? 1, page_size: pageSize, ordering: search.ordering ?? "-updated_at" };
  return useQuery({
    queryKey: ["/api/v1/cases/", query],
    queryFn: async () => unwrap(await api.GET("/api/v1/cases/", { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

export function CaseTable({ cases }: { cases: Schemas["Case"][] }) {
  const { t, state, label, date } = useT();
  // A partner state's view carries no updated_at (it would tell of changes they may not see).
  const withUpdated = cases.some((item) => item.updated_at !== undefined);
  return (
    <Table.ScrollContainer minWidth={640}>
      <HeadedTable
        striped
        highlightOnHover
        headers={[
          t("cases.reference"),
          t("cases.caseTitle"),
          t("cases.status"),
          t("cases.origin"),
          t("cases.offence"),
          ...(withUpdated ? [t("cases.updated")] : []),
        ]}
      >
        {cases.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <AnchorLink to="/cases/$caseId" params={{ caseId: item.id }}>
                {item.reference}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{item.title}</Table.Td>
            <Table.Td>
              <StatusBadge group="status" value={item.status} />
            </Table.Td>
            <Table.Td>{state(item.origin_state)}</Table.Td>
            <Table.Td>{label("offence", item.offence_category)}</Table.Td>
            {withUpdated && <Table.Td>{date(item.updated_at)}</Table.Td>}
          </Table.Tr>
        ))}
      </HeadedTable>
    </Table.ScrollContainer>
  );
}

export function CaseList() {
  const { t, state } = useT();
  const { me } = useSession();
  const search = parseCaseSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const navigate = useNavigate({ from: "/cases" });
  const cases = useCases(search);
  const states = useStates();
  const [q, setQ] = useState(search.q ?? "");
  const [creating, setCreating] = useState(false);

  useEffect(() => setQ(search.q ?? ""), [search.q]);
  // Typing searches after a short pause; the URL keeps the query.
  useEffect(() => {
    const handle = setTimeout(() => {
      if ((search.q ?? "") !== q) void navigate({ search: { ...search, q: q || undefined, page: undefined } });
    }, 300);
    return () => clearTimeout(handle);
  }, [q]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (patch: Partial<CaseSearch>) =>
    void navigate({ search: { ...search, ...patch, page: "page" in patch ? patch.page : undefined } });
  const anyOption = { value: "", label: t("cases.any") };
  const stateOptions = (states.data ?? [])
    .map((s) => ({ value: s.code, label: state(s.code) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("cases.title")}</Title>
        {me?.role === "prosecutor" && <Button onClick={() => setCreating(true)}>{t("cases.new")}</Button>}
      </Group>
      <Paper withBorder p="sm">
        <Group align="end" wrap="wrap">
          <TextInput
            type="search"
            label={t("cases.search")}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: "2 1 220px" }}
          />
          <NativeSelect
            label={t("cases.filterStatus")}
            value={search.status ?? ""}
            data={[anyOption, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            onChange={(e) => set({ status: (e.currentTarget.value || undefined) as CaseSearch["status"] })}
            style={{ flex: "1 1 140px" }}
          />
          <NativeSelect
            label={t("cases.filterOrigin")}
            value={search.origin_state ?? ""}
            data={[anyOption, ...stateOptions]}
            onChange={(e) => set({ origin_state: e.currentTarget.value || undefined })}
            style={{ flex: "1 1 160px" }}
          />
          <NativeSelect
            label={t("cases.filterOffence")}
            value={search.offence_category ?? ""}
            data={[anyOption, ...OFFENCES.map((o) => ({ value: o, label: t(`offence.${o}`) }))]}
            onChange={(e) =>
              set({ offence_category: (e.currentTarget.value || undefined) as CaseSearch["offence_category"] })
            }
            style={{ flex: "1 1 160px" }}
          />
          <NativeSelect
            label={t("cases.sort")}
            value={search.ordering ?? "-updated_at"}
            data={CASE_ORDERINGS.map((o) => ({ value: o, label: t(`sort.${o}`) }))}
            onChange={(e) => set({ ordering: e.currentTarget.value as Ordering })}
            style={{ flex: "1 1 160px" }}
          />
        </Group>
      </Paper>
      <QueryState pending={cases.isPending} error={cases.error} retry={() => void cases.refetch()}>
        <Text size="sm" aria-live="polite">
          {cases.data?.count_is_lower_bound
            ? t("cases.countAtLeast", { count: cases.data.count })
            : t("cases.count", { count: cases.data?.count ?? 0 })}
        </Text>
        {cases.data && cases.data.results.length > 0 ? (
          <CaseTable cases={cases.data.results} />
        ) : (
          <Text>{t("cases.empty")}</Text>
        )}
        <Pages
          count={cases.data?.count ?? 0}
          atLeast={cases.data?.count_is_lower_bound}
          page={search.page ?? 1}
          onChange={(page) => set({ page })}
        />
      </QueryState>
      {creating && <CaseCreate onClose={() => setCreating(false)} />}
    </Stack>
  );
}

