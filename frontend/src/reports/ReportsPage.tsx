import { Card, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { QueryState, StageBadge } from "../common/ui";
import { useT } from "../i18n/locale";

const FIGURES = ["identified", "frozen", "seized", "confiscated", "returned", "outstanding"] as const;

export function ReportsPage() {
  const { t, money, number, date } = useT();
  const query = useQuery({
    queryKey: ["/api/v1/reports/summary/"],
    queryFn: async () => unwrap(await api.GET("/api/v1/reports/summary/")),
  });
  const summary = query.data;
  return (
    <Stack>
      <Title order={1}>{t("reports.title")}</Title>
      <QueryState pending={query.isPending} error={query.error}>
        {summary && (
          <>
            <Text size="sm">{t("reports.asOf", { date: date(summary.as_of) })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {FIGURES.map((figure) => (
                <Card withBorder key={figure}>
                  <Text size="sm" c="gray.7">
                    {figure === "identified" ? t("reports.identified") : t(`recovery.${figure}`)}
                  </Text>
                  <Text fw={700} size="xl">
                    {money(summary.assets.total.figures[figure].converted)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t("reports.byStage")}
              </Title>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("assets.stage")}</Table.Th>
                    <Table.Th scope="col">{t("reports.count")}</Table.Th>
                    <Table.Th scope="col">{t("assets.value")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.assets.by_stage.map((group) => (
                    <Table.Tr key={group.stage}>
                      <Table.Td>
                        <StageBadge stage={group.stage} />
                      </Table.Td>
                      <Table.Td>{number(group.count)}</Table.Td>
                      <Table.Td>{money(group.figures.identified.converted)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
