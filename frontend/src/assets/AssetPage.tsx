import { Card, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { QueryState, StageBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";

export function AssetPage({ assetId }: { assetId: string }) {
  const { t, label, state, money, date, dateTime } = useT();
  const asset = useQuery({
    queryKey: ["/api/v1/assets/{id}/", assetId],
    queryFn: async () => unwrap(await api.GET("/api/v1/assets/{id}/", { params: { path: { id: assetId } } })),
  });
  const history = useQuery({
    queryKey: ["/api/v1/assets/{asset_id}/transitions/", assetId],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/assets/{asset_id}/transitions/", { params: { path: { asset_id: assetId } } })),
  });
  return (
    <QueryState pending={asset.isPending} error={asset.error}>
      {asset.data && (
        <Stack>
          <AnchorLink to="/cases/$caseId/$tab" params={{ caseId: asset.data.case, tab: "assets" }} size="sm">
            ← {t("tabs.assets")}
          </AnchorLink>
          <Title order={1}>{asset.data.description}</Title>
          <Card withBorder>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w="40%">{t("assets.kind")}</Table.Th>
                  <Table.Td>{label("assetKind", asset.data.kind)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.stage")}</Table.Th>
                  <Table.Td>
                    <StageBadge stage={asset.data.stage} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.value")}</Table.Th>
                  <Table.Td>{money(asset.data.estimated_value)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.jurisdiction")}</Table.Th>
                  <Table.Td>{state(asset.data.jurisdiction)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.freezeExpires")}</Table.Th>
                  <Table.Td>{date(asset.data.freeze_expires_on)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
          <Title order={2} size="h3">
            {t("assets.history")}
          </Title>
          <QueryState pending={history.isPending} error={history.error}>
            {history.data?.results.length ? (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("activity.when")}</Table.Th>
                    <Table.Th scope="col">{t("activity.action")}</Table.Th>
                    <Table.Th scope="col">{t("assets.stage")}</Table.Th>
                    <Table.Th scope="col">{t("assets.value")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.data.results.map((act) => (
                    <Table.Tr key={act.id}>
                      <Table.Td>{dateTime(act.performed_at)}</Table.Td>
                      <Table.Td>{label("action", act.action)}</Table.Td>
                      <Table.Td>
                        <StageBadge stage={act.to_stage} />
                      </Table.Td>
                      <Table.Td>{money(act.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text>{t("assets.noHistory")}</Text>
            )}
          </QueryState>
        </Stack>
      )}
    </QueryState>
  );
}
