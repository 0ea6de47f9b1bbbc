import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { api, apiBase, unwrap } from "../api/client";
import { HeadedTable, QueryState, SectionCard, StageBadge } from "../common/ui";
import { useT } from "../i18n/locale";
import type { MessageId } from "../i18n/messages";
import { BarChart, SERIES_COLORS } from "./BarChart";
import { byState, byYear, missingRates, RECOVERY, ratesUsed, type Series } from "./chartData";

export type ReportSearch = { as_of?: string; currency?: string; jurisdiction?: string };
const CURRENCIES = ["USD", "EUR", "GBP", "CHF"];
const TOTALS = ["identified", "frozen_now", ...RECOVERY, "outstanding"] as const;
// The report puts what is frozen now (freezes in force) beside what was ever frozen.
// How many assets each of the two frozen figures covers (a freeze may name no amount).
const FROZEN_COUNTS = { frozen_now: "frozen_now_count", frozen: "ever_frozen_count" } as const;
const TOTAL_LABELS: Record<(typeof TOTALS)[number], MessageId> = {
  identified: "reports.identified",
  frozen_now: "reports.frozenNow",
  frozen: "reports.everFrozen",
  seized: "recovery.seized",
  confiscated: "recovery.confiscated",
  returned: "recovery.returned",
  outstanding: "recovery.outstanding",
};

export function ReportsPage() {
  const { t, money, number, date, state } = useT();
  const search = useSearch({ strict: false }) as ReportSearch;
  const navigate = useNavigate({ from: "/reports" });
  const setSearch = (patch: Partial<ReportSearch>) =>
    void navigate({ search: (old: ReportSearch) => Object.fromEntries(Object.entries({ ...old, ...patch }).filter(([, v]) => v)) });
  const query = useQuery({
    queryKey: ["/api/v1/reports/summary/", { as_of: search.as_of, currency: search.currency }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/reports/summary/", {
          params: { query: { ...(search.as_of ? { as_of: search.as_of } : {}), ...(search.currency ? { currency: search.currency } : {}) } },
        }),
      ),
  });
  const summary = query.data;
  const currency = summary?.reporting_currency ?? search.currency ?? "USD";
  const fmt = (value: number) => money({ amount: value.toFixed(2), currency });
  const days = (value: string | null) => (value === null ? "—" : number(Number(value)));
  const seriesLabels = Object.fromEntries(RECOVERY.map((f) => [f, t(`recovery.${f}`)]));
  const exportQuery = search.jurisdiction ? `?jurisdiction=${encodeURIComponent(search.jurisdiction)}` : "";
  // The summary's own figures, for the same report date and currency as shown.
  const summaryQuery = new URLSearchParams(
    Object.entries({ as_of: search.as_of, currency: search.currency }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  const summaryExport = (format: "csv" | "xlsx") => `${apiBase()}/api/v1/reports/summary.${format}${summaryQuery ? `?${summaryQuery}` : ""}`;
  return (
    <Stack>
      <Title order={1}>{t("reports.title")}</Title>
      <Group align="end" wrap="wrap">
        <TextInput type="date" label={t("reports.asOfLabel")} value={search.as_of ?? ""} onChange={(e) => setSearch({ as_of: e.currentTarget.value })} />
        <NativeSelect
          label={t("reports.currency")}
          value={currency}
          onChange={(e) => setSearch({ currency: e.currentTarget.value })}
          data={CURRENCIES.map((c) => ({ value: c, label: c }))}
        />
        <NativeSelect
          label={t("reports.exportJurisdiction")}
          value={search.jurisdiction ?? ""}
          onChange={(e) => setSearch({ jurisdiction: e.currentTarget.value })}
          data={[
            { value: "", label: t("cases.any") },
            ...(summary?.assets.by_jurisdiction ?? []).map((g) => ({ value: g.jurisdiction, label: state(g.jurisdiction) })),
          ]}
        />
        <Group gap="xs" pb={4}>
          <Text size="sm">{t("reports.export")}:</Text>
          <Anchor size="sm" href={summaryExport("csv")} download>
            {t("reports.summaryCsv")}
          </Anchor>
          <Anchor size="sm" href={summaryExport("xlsx")} download>
            {t("reports.summaryXlsx")}
          </Anchor>
          <Anchor size="sm" href={`${apiBase()}/api/v1/assets/export.csv${exportQuery}`} download>
            {t("reports.assetsCsv")}
          </Anchor>
          <Anchor size="sm" href={`${apiBase()}/api/v1/assets/export.xlsx${exportQuery}`} download>
            {t("reports.assetsXlsx")}
          </Anchor>
          <Anchor size="sm" href={`${apiBase()}/api/v1/mla-requests/export.csv`} download>
            {t("reports.mlaCsv")}
          </Anchor>
          <Anchor size="sm" href={`${apiBase()}/api/v1/mla-requests/export.xlsx`} download>
            {t("reports.mlaXlsx")}
          </Anchor>
        </Group>
      </Group>
      <QueryState pending={query.isPending} error={query.error} retry={() => void query.refetch()}>
        {summary && (
          <>
            <Text size="sm">
              {t("reports.asOf", { date: date(summary.as_of) })} · {t("reports.inCurrency", { currency: summary.reporting_currency })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {TOTALS.map((figure) => (
                <Card withBorder key={figure} padding="sm">
                  <Text size="sm" c="gray.7">
                    {t(TOTAL_LABELS[figure])}
                  </Text>
                  <Text fw={700} size="lg" data-testid={`total-${figure}`} style={{ overflowWrap: "anywhere" }}>
                    {money(summary.assets.total.figures[figure].converted)}
                  </Text>
                  {figure in FROZEN_COUNTS && (
                    <Text size="sm" data-testid={`count-${figure}`}>
                      {t("reports.assetCount", { count: summary.assets.total[FROZEN_COUNTS[figure as keyof typeof FROZEN_COUNTS]] })}
                    </Text>
                  )}
                </Card>
              ))}
            </SimpleGrid>
            {missingRates(summary).length > 0 && (
              <Text size="sm" c="red.9">
                {t("reports.missingRates", { currencies: missingRates(summary).join(", ") })}
              </Text>
            )}
            <FigureSection
              title={t("reports.byState")}
              keyHeader={t("assets.jurisdiction")}
              series={byState(summary)}
              keyLabel={(code) => state(code)}
              labels={seriesLabels}
              format={fmt}
              empty={t("reports.nothing")}
            />
            <FigureSection
              title={t("reports.byYear")}
              keyHeader={t("reports.year")}
              series={byYear(summary)}
              keyLabel={(year) => year}
              labels={seriesLabels}
              format={fmt}
              empty={t("reports.nothing")}
            />
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <SectionCard size="h3" title={t("reports.mla")}>
                <HeadedTable
                  striped
                  headers={[
                    t("mla.requested"),
                    t("reports.total"),
                    t("reports.open"),
                    t("reports.overdue"),
                    t("reports.refused"),
                    t("reports.medianAck"),
                  ]}
                >
                  {summary.mla_requests.by_requested_state.map((row) => (
                    <Table.Tr key={row.requested_state}>
                      <Table.Th scope="row">{state(row.requested_state)}</Table.Th>
                      <Table.Td>{number(row.total)}</Table.Td>
                      <Table.Td>{number(row.open)}</Table.Td>
                      <Table.Td>{number(row.overdue)}</Table.Td>
                      <Table.Td>{number(row.refused)}</Table.Td>
                      <Table.Td>{days(row.median_days_to_acknowledgement)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th scope="row">{t("reports.total")}</Table.Th>
                    <Table.Td>{number(summary.mla_requests.total.total)}</Table.Td>
                    <Table.Td>{number(summary.mla_requests.total.open)}</Table.Td>
                    <Table.Td>{number(summary.mla_requests.total.overdue)}</Table.Td>
                    <Table.Td>{number(summary.mla_requests.total.refused)}</Table.Td>
                    <Table.Td>{days(summary.mla_requests.total.median_days_to_acknowledgement)}</Table.Td>
                  </Table.Tr>
                </HeadedTable>
              </SectionCard>
              <SectionCard size="h3" title={t("reports.expiring", { days: summary.freezes_expiring.within_days })}>
                <Text size="sm" mb="xs">
                  {t("reports.expiringCount", {
                    count: summary.freezes_expiring.count,
                    from: date(summary.freezes_expiring.from),
                    until: date(summary.freezes_expiring.until),
                  })}
                </Text>
                {summary.freezes_expiring.by_jurisdiction.length > 0 && (
                  <HeadedTable
                    striped
                    headers={[t("assets.jurisdiction"), t("reports.count"), t("reports.nextExpiry")]}
                  >
                    {summary.freezes_expiring.by_jurisdiction.map((row) => (
                      <Table.Tr key={row.jurisdiction}>
                        <Table.Td>{state(row.jurisdiction)}</Table.Td>
                        <Table.Td>{number(row.count)}</Table.Td>
                        <Table.Td>{date(row.next_expiry)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </HeadedTable>
                )}
              </SectionCard>
              <SectionCard size="h3" title={t("reports.byStage")}>
                <HeadedTable striped headers={[t("assets.stage"), t("reports.count"), t("assets.value")]}>
                  {summary.assets.by_stage.map((group) => (
                    <Table.Tr key={group.stage}>
                      <Table.Td>
                        <StageBadge stage={group.stage} />
                      </Table.Td>
                      <Table.Td>{number(group.count)}</Table.Td>
                      <Table.Td>{money(group.figures.identified.converted)}</Table.Td>
                    </Table.Tr>
                  ))}
                </HeadedTable>
              </SectionCard>
              <SectionCard size="h3" title={t("reports.rates")}>
                {ratesUsed(summary).length ? (
                  <HeadedTable striped headers={[t("acts.currency"), t("reports.perEur"), t("reports.rateDate")]}>
                    {ratesUsed(summary).map((rate) => (
                      <Table.Tr key={`${rate.currency}-${rate.rate_date}`}>
                        <Table.Td>{rate.currency}</Table.Td>
                        <Table.Td>{rate.per_eur}</Table.Td>
                        <Table.Td>{date(rate.rate_date)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </HeadedTable>
                ) : (
                  <Text size="sm">{t("reports.noRates")}</Text>
                )}
              </SectionCard>
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** One set of figures as a chart and, for every reader, as the table it is drawn from. */
function FigureSection({
  title,
  keyHeader,
  series,
  keyLabel,
  labels,
  format,
  empty,
}: {
  title: string;
  keyHeader: string;
  series: Series[];
  keyLabel: (key: string) => string;
  labels: Record<string, string>;
  format: (value: number) => string;
  empty: string;
}) {
  return (
    <SectionCard size="h3" title={title}>
      {series.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Stack>
          <BarChart title={title} series={series} keys={[...RECOVERY]} keyLabel={keyLabel} labels={labels} format={format} />
          <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{keyHeader}</Table.Th>
                {RECOVERY.map((f) => (
                  <Table.Th scope="col" key={f} style={{ textAlign: "right" }}>
                    <span className="legend-swatch" style={{ background: SERIES_COLORS[f] }} aria-hidden /> {labels[f]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row">{keyLabel(row.key)}</Table.Th>
                  {RECOVERY.map((f) => (
                    <Table.Td key={f} style={{ textAlign: "right", whiteSpace: "nowrap" }}>
                      {format(row.values[f] ?? 0)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </SectionCard>
  );
}

