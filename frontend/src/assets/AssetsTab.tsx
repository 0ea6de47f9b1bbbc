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
import { art57TierOf, orderedActs, type OpenAct } from "./actRules";
import { AssetForm } from "./AssetForm";

/** The case's assets; the case team (`canEdit`) adds assets and records acts. */
export function AssetsTab({
  caseId,
  canEdit = false,
  caseOffence,
  caseTier,
}: {
  caseId: string;
  canEdit?: boolean;
  caseOffence?: string;
  caseTier?: string;
}) {
  const { t, label, state, money, date } = useT();
  const [page, setPage] = useTabPage();
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState<OpenAct | null>(null);
  const query = useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const assets = query.data?.results ?? [];
  // What the caller may record on each asset of the page, in one call (GET /asset-actions/).
  // Under the key of the one-asset acts, so that recording an act refreshes both.
  const ids = assets.map((asset) => asset.id);
  const pageActs = useQuery({
    queryKey: ["/api/v1/assets/{asset_id}/actions/", "page", ids],
    enabled: ids.length > 0,
    queryFn: async () => unwrap(await api.GET("/api/v1/asset-actions/", { params: { query: { asset: ids } } })),
  });
  const actsOf = new Map<string, OpenAct[]>((pageActs.data ?? []).map((row) => [row.asset, orderedActs(row.actions)]));
  const allowedActs = (asset: { id: string }) => (actsOf.get(asset.id) ?? []).map((act) => act.action);
  // Bulk acts (one order for several assets, POST /assets/transitions/bulk/): offered for the
  // acts the API marks `bulk`, over the assets where the caller may record them now.
  const bulkActs = new Map<string, OpenAct>();
  for (const acts of actsOf.values()) for (const act of acts) if (act.bulk && !bulkActs.has(act.action)) bulkActs.set(act.action, act);
  const selectable = assets.filter((asset) => allowedActs(asset).some((action) => bulkActs.has(action)));
  const chosen = selectable.filter((asset) => selected.has(asset.id));
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
        {canEdit && (
          <Group>
            <Button onClick={() => setAdding(true)}>{t("assets.add")}</Button>
          </Group>
        )}
        {adding && <AssetForm caseId={caseId} caseOffence={caseOffence} onClose={() => setAdding(false)} />}
        {selectable.length > 1 && (
          <Group>
            {[...bulkActs.values()].map((act) => (
              <Button
                key={act.action}
                variant="outline"
                disabled={chosen.length < 2 || !chosen.every((asset) => allowedActs(asset).includes(act.action))}
                onClick={() => setBulkOpen(act)}
              >
                {t("acts.bulkSelected", { action: label("action", act.action), count: chosen.length })}
              </Button>
            ))}
          </Group>
        )}
        <ListTable
          empty={assets.length === 0}
          emptyText={t("assets.none")}
          minWidth={anyActs ? 1100 : 720}
          headers={[
            ...(selectable.length > 1 ? [<span className="visually-hidden">{t("acts.select")}</span>] : []),
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
              {selectable.length > 1 && (
                <Table.Td>
                  {selectable.includes(asset) && (
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
                <StageBadge stage={asset.freeze_lapsed_on ? "lapsed" : asset.stage} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{money(asset.estimated_value)}</Table.Td>
              <Table.Td>{state(asset.jurisdiction)}</Table.Td>
              <Table.Td>{date(asset.freeze_expires_on)}</Table.Td>
              {anyActs && (
                <Table.Td>
                  <ActButtons asset={asset} acts={actsOf.get(asset.id) ?? []} tier={art57TierOf(asset, caseTier)} size="xs" />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </ListTable>
        <Pages count={query.data?.count ?? 0} atLeast={query.data?.count_is_lower_bound} page={page} onChange={setPage} />
      </Stack>
      {bulkOpen && (
        <ActDialog
          act={bulkOpen}
          assets={chosen}
          onClose={() => {
            setBulkOpen(null);
            setSelected(new Set());
          }}
        />
      )}
    </QueryState>
  );
}
