import { Badge, Group, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState, StageBadge } from "../common/ui";
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
      <ListTable
        empty={assets.length === 0}
        emptyText={t("assets.none")}
        minWidth={720}
        headers={[
          t("assets.description"),
          t("assets.kind"),
          t("assets.stage"),
          t("assets.value"),
          t("assets.jurisdiction"),
          t("assets.freezeExpires"),
        ]}
      >
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
      </ListTable>
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
    </QueryState>
  );
}
