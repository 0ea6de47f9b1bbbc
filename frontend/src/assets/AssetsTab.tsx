import { Badge, Group, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { PAGE_SIZE, Pages, QueryState, StageBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useTabPage } from "../cases/useTabPage";

export function AssetsTab({ caseId }: { caseId: string }) {
  const { t, label, state, money, date } = useT();
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const assets = query.data?.results ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error}>
      {assets.length === 0 ? (
        <Text>{t("assets.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("assets.description")}</Table.Th>
                <Table.Th scope="col">{t("assets.kind")}</Table.Th>
                <Table.Th scope="col">{t("assets.stage")}</Table.Th>
                <Table.Th scope="col">{t("assets.value")}</Table.Th>
                <Table.Th scope="col">{t("assets.jurisdiction")}</Table.Th>
                <Table.Th scope="col">{t("assets.freezeExpires")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assets.map((asset) => (
                <Table.Tr key={asset.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <AnchorLink to="/assets/$assetId" params={{ assetId: asset.id }}>
                        {asset.description}
                      </AnchorLink>
                      {asset.restricted && <Badge color="red.9">{t("common.restricted")}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{label("assetKind", asset.kind)}</Table.Td>
                  <Table.Td>
                    <StageBadge stage={asset.stage} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{money(asset.estimated_value)}</Table.Td>
                  <Table.Td>{state(asset.jurisdiction)}</Table.Td>
                  <Table.Td>{date(asset.freeze_expires_on)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
    </QueryState>
  );
}
