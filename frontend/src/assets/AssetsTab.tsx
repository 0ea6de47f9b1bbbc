import { Badge, Button, Checkbox, Group, Stack, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState, StageBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useTabPage } from "../cases/useTabPage";
import { ActButtons } from "./ActButtons";
import { ActDialog } from "./ActDialog";
import { allowedActs } from "./actRules";

export function AssetsTab({ caseId }: { caseId: string }) {
  const { t, label, state, money, date } = useT();
  const [page, setPage] = useTabPage();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const query = useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const assets = query.data?.results ?? [];
  // Bulk freeze (one order for several accounts): only over assets the caller may freeze now.
  const freezable = assets.filter((asset) => allowedActs(asset).includes("freeze"));
  const chosen = freezable.filter((asset) => selected.has(asset.id));
  const anyActs = assets.some((asset) => allowedActs(asset).length > 0);
  const toggle = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <QueryState pending={query.isPending} error={query.error}>
      <Stack>
        {freezable.length > 1 && (
          <Group>
            <Button variant="outline" disabled={chosen.length < 2} onClick={() => setBulkOpen(true)}>
              {t("acts.freezeSelected", { count: chosen.length })}
            </Button>
          </Group>
        )}
        <ListTable
          empty={assets.length === 0}
          emptyText={t("assets.none")}
          minWidth={1100}
          headers={[
            ...(freezable.length > 1 ? [<span className="visually-hidden">{t("acts.select")}</span>] : []),
            t("assets.description"),
            t("assets.kind"),
            t("assets.stage"),
            t("assets.value"),
            t("assets.jurisdiction"),
            t("assets.freezeExpires"),
            ...(anyActs ? [t("acts.acts")] : []),
          ]}
        >
          {assets.map((asset) => (
            <Table.Tr key={asset.id}>
              {freezable.length > 1 && (
                <Table.Td>
                  {allowedActs(asset).includes("freeze") && (
                    <Checkbox
                      aria-label={t("acts.selectAsset", { asset: asset.description })}
                      checked={selected.has(asset.id)}
                      onChange={(e) => toggle(asset.id, e.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Group gap="xs">
                  <AnchorLink to="/assets/$assetId" params={{ assetId: asset.id }}>
                    {asset.description}
                  </AnchorLink>
                  {asset.restricted && <Badge color="red.9">{t("common.restricted")}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{label("assetKind", asset.kind)}</Table.Td>
              <Table.Td style={{ minWidth: 130 }}>
                <StageBadge stage={asset.stage} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{money(asset.estimated_value)}</Table.Td>
              <Table.Td>{state(asset.jurisdiction)}</Table.Td>
              <Table.Td>{date(asset.freeze_expires_on)}</Table.Td>
              {anyActs && (
                <Table.Td>
                  <ActButtons asset={asset} size="xs" />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </ListTable>
        <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
      </Stack>
      {bulkOpen && (
        <ActDialog
          action="freeze"
          assets={chosen}
          onClose={() => {
            setBulkOpen(false);
            setSelected(new Set());
          }}
        />
      )}
    </QueryState>
  );
}
