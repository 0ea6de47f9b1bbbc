import { Badge, Button, Card, Group, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { QueryState, StageBadge, WHOLE_LABEL } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useCase } from "../cases/queries";
import { useCaseSubjects } from "../common/queries";
import { isOwningTeam, useSession } from "../auth/session";
import { MatchList } from "../matching/MatchList";
import { ActButtons, useAssetActs } from "./ActButtons";
import { art57TierOf } from "./actRules";
import { AssetForm } from "./AssetForm";
import { orderTerm } from "./lapse";
import { useAsset, useRestraintOrders } from "./queries";
import { Valuations } from "./Valuations";

export function useAssetHistory(assetId: string) {
  return useQuery({
    queryKey: ["/api/v1/assets/{asset_id}/transitions/", assetId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/assets/{asset_id}/transitions/", {
          params: { path: { asset_id: assetId }, query: { page_size: 200 } as never },
        }),
      ),
  });
}

/** The freeze and seizure orders on the asset, newest first: several states may restrain one asset. */
export function RestraintOrders({ orders }: { orders: Schemas["RestraintOrder"][] }) {
  const { t, date, state } = useT();
  if (!orders.length) return <Text>{t("assets.noOrders")}</Text>;
  return (
    <Table data-testid="restraint-orders">
      <Table.Tbody>
        {orders.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td>
              <Text fw={600} component="span">
                {o.reference}
              </Text>{" "}
              · {o.authority} ({o.jurisdiction ? state(o.jurisdiction) : ""}) · {date(o.issued_on)}
            </Table.Td>
            <Table.Td>
              <OrderTermText order={o} />
            </Table.Td>
            <Table.Td>
              <Badge color={o.in_force ? "teal.9" : "gray.8"} styles={WHOLE_LABEL}>
                {t(`assets.orderStatus.${o.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** When an order lapses, as the order and the state where the asset sits tell it: an expiry date
 * is its last day there; hours run from its time of issue on the issuing state's clock. Never
 * converted to the browser's time zone (`lapses_at` is the same instant, for machines). */
export function OrderTermText({ order }: { order: Pick<Schemas["RestraintOrder"], "expires_on" | "term_hours" | "issued_on" | "issued_at"> }) {
  const { t, date, wallTime } = useT();
  const term = orderTerm(order);
  if (term.kind === "date") return <>{t("assets.orderLastDay", { date: date(term.lastDay) })}</>;
  if (term.kind === "none") return <>{t("assets.orderNoTerm")}</>;
  return (
    <>
      {t("assets.orderHoursFrom", { hours: term.hours, from: term.from ? wallTime(term.from) : "—" })}
      {term.until ? ` · ${t("assets.orderHoursUntil", { until: wallTime(term.until) })}` : ""}
    </>
  );
}

export function AssetPage({ assetId }: { assetId: string }) {
  const { t, label, state, money, date } = useT();
  const [editing, setEditing] = useState(false);
  const asset = useAsset(assetId);
  const history = useAssetHistory(assetId);
  const orders = useRestraintOrders(assetId);
  const acts = useAssetActs(assetId);
  const caseQuery = useCase(asset.data?.case ?? "");
  const subjects = useCaseSubjects(asset.data?.case ?? "");
  const subjectName = (id: string | null | undefined) => (id ? (subjects.data?.results.find((s) => s.id === id)?.name ?? "…") : "—");
  // UNCAC Art. 57(3): the tier follows the asset's own offence, else the case's.
  const tier = asset.data ? art57TierOf(asset.data, caseQuery.data?.data.uncac_art57_tier) : undefined;
  const { me } = useSession();
  const team = caseQuery.data ? isOwningTeam(me, caseQuery.data.data) : false;
  const lapsedOn = asset.data?.freeze_lapsed_on;
  const figures = ["frozen", "seized", "confiscated", "returned", "deducted_expenses", "outstanding"] as const;
  return (
    <QueryState pending={asset.isPending} error={asset.error}>
      {asset.data && (
        <Stack>
          <AnchorLink to="/cases/$caseId/$tab" params={{ caseId: asset.data.case, tab: "assets" }} size="sm">
            ← {t("tabs.assets")}
          </AnchorLink>
          <Group justify="space-between" align="start">
            <Title order={1}>{asset.data.description}</Title>
            <Group gap="sm">
              {team && (
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {t("assets.edit")}
                </Button>
              )}
              <StageBadge stage={asset.data.freeze_lapsed_on ? "lapsed" : asset.data.stage} />
            </Group>
          </Group>
          {lapsedOn && (
            <Text role="status" c="orange.9" fw={600}>
              {t("assets.lapsedOn", { date: date(lapsedOn) })}
            </Text>
          )}
          <ActButtons asset={asset.data} acts={acts.data ?? []} history={history.data?.results ?? []} tier={tier} />
          {editing && <AssetForm caseId={asset.data.case} caseOffence={caseQuery.data?.data.offence_category} current={asset.data} onClose={() => setEditing(false)} />}
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
                    <StageBadge stage={asset.data.freeze_lapsed_on ? "lapsed" : asset.data.stage} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.value")}</Table.Th>
                  <Table.Td>
                    {asset.data.not_yet_valued ? t("assets.notYetValued") : money(asset.data.estimated_value)}
                  </Table.Td>
                </Table.Tr>
                {asset.data.holding ? (
                  <Table.Tr>
                    <Table.Th>{t("assets.holding")}</Table.Th>
                    {/* Exact, in the unit's own places: never through a float. */}
                    <Table.Td data-testid="holding">{`${asset.data.holding.amount} ${asset.data.holding.unit}`}</Table.Td>
                  </Table.Tr>
                ) : null}
                <Table.Tr>
                  <Table.Th>{t("assets.jurisdiction")}</Table.Th>
                  <Table.Td>{state(asset.data.jurisdiction)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.holder")}</Table.Th>
                  <Table.Td data-testid="asset-holder">{subjectName(asset.data.holder)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.beneficialOwner")}</Table.Th>
                  <Table.Td data-testid="asset-beneficial-owner">{subjectName(asset.data.beneficial_owner)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.offence")}</Table.Th>
                  <Table.Td data-testid="asset-offence">
                    {asset.data.offence_category
                      ? label("offence", asset.data.offence_category)
                      : t("assets.offenceOfCase", { offence: label("offence", caseQuery.data?.data.offence_category) })}
                    {tier ? ` · ${t("acts.tier", { tier: `57(3)(${tier})` })}` : ""}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("assets.freezeExpires")}</Table.Th>
                  <Table.Td>
                    {asset.data.freeze_expires_on
                      ? t("assets.lastDayWhere", { date: date(asset.data.freeze_expires_on), state: state(asset.data.jurisdiction) })
                      : "—"}
                  </Table.Td>
                </Table.Tr>
                {figures.map((figure) =>
                  asset.data.recovery[figure].length ? (
                    <Table.Tr key={figure}>
                      <Table.Th>{t(`recovery.${figure}`)}</Table.Th>
                      <Table.Td data-testid={`recovery-${figure}`}>
                        {asset.data.recovery[figure].map((m) => money(m)).join(" · ")}
                      </Table.Td>
                    </Table.Tr>
                  ) : null,
                )}
              </Table.Tbody>
            </Table>
          </Card>
          <Title order={2} size="h3">
            {t("valuations.title")}
          </Title>
          <Valuations asset={asset.data} team={team} />
          <Title order={2} size="h3">
            {t("assets.orders")}
          </Title>
          <QueryState pending={orders.isPending} error={orders.error}>
            <RestraintOrders orders={orders.data ?? []} />
          </QueryState>
          <Title order={2} size="h3">
            {t("assets.history")}
          </Title>
          <QueryState pending={history.isPending} error={history.error}>
            {history.data?.results.length ? (
              <LegalHistory acts={history.data.results} />
            ) : (
              <Text>{t("assets.noHistory")}</Text>
            )}
          </QueryState>
          <Title order={2} size="h3">
            {t("matches.title")}
          </Title>
          <MatchList kind="asset" recordId={assetId} canDecide={team} />
        </Stack>
      )}
    </QueryState>
  );
}

/** The legal history as a timeline, oldest first; corrections say which act they put right. */
export function LegalHistory({ acts }: { acts: Schemas["AssetTransition"][] }) {
  const { t, label, money, date, dateTime, state } = useT();
  const byId = new Map(acts.map((act) => [act.id, act]));
  return (
    <Timeline bulletSize={18} lineWidth={2} active={acts.length - 1} color="blue.9">
      {acts.map((act) => {
        const corrected = act.corrects ? byId.get(act.corrects) : undefined;
        return (
          <Timeline.Item
            key={act.id}
            title={
              <Group gap="xs">
                <Text fw={600} component="span">
                  {label("action", act.action)}
                </Text>
                {act.from_stage !== act.to_stage && (
                  <Text size="sm" component="span">
                    {label("stage", act.from_stage)} → {label("stage", act.to_stage)}
                  </Text>
                )}
                {act.corrected_by.length > 0 && <Badge color="orange.9">{t("acts.corrected")}</Badge>}
                {act.batch_id && (
                  <Badge variant="outline" color="dark">
                    {t("acts.bulk")}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm" c="gray.8">
              {dateTime(act.performed_at)}
              {act.performed_by ? ` · ${act.performed_by.name || act.performed_by.username}` : ""}
            </Text>
            {corrected && (
              <Text size="sm">
                {t("acts.correctsAct", { action: label("action", corrected.action), when: dateTime(corrected.performed_at) })}
              </Text>
            )}
            {act.order && (
              <Text size="sm">
                {t("acts.orderLine", {
                  authority: act.order.authority,
                  jurisdiction: state(act.order.jurisdiction),
                  reference: act.order.reference,
                  issued: date(act.order.issued_on),
                })}
                {act.action === "freeze" || act.action === "renew_freeze" ? (
                  <>
                    {" · "}
                    <OrderTermText order={{ ...act.order, issued_on: act.order.issued_on }} />
                  </>
                ) : act.order.expires_on ? (
                  ` · ${t("acts.expiresLine", { date: date(act.order.expires_on) })}`
                ) : (
                  ""
                )}
              </Text>
            )}
            {act.restraint_order && byId.get(act.restraint_order)?.order && (
              <Text size="sm">
                {t(act.action === "renew_freeze" ? "acts.renewsOrder" : "acts.liftsOrder", {
                  reference: byId.get(act.restraint_order)!.order!.reference,
                })}
              </Text>
            )}
            {act.release_reason && (
              <Text size="sm">
                {t("acts.releaseReason")}: {label("releaseReason", act.release_reason)}
              </Text>
            )}
            {act.amount && (
              <Text size="sm">
                {act.action === "sell_before_judgment" ? t("acts.salePrice") : t("acts.amount")}: {money(act.amount)}
              </Text>
            )}
            {act.sold_on && <Text size="sm">{t("acts.soldOnLine", { date: date(act.sold_on) })}</Text>}
            {act.basis && (
              <Text size="sm">
                {t("acts.basis")}: {label("basis", act.basis)}
                {act.final ? ` · ${t("acts.finalShort")}` : ""}
              </Text>
            )}
            {act.recipient && (
              <Text size="sm">
                {t("acts.recipient")}: {label("recipient", act.recipient)}
                {act.recipient_state ? ` (${state(act.recipient_state)})` : ""}
                {act.art57_tier ? ` · ${t("acts.tier", { tier: `57(3)(${act.art57_tier})` })}` : ""}
              </Text>
            )}
            {(act.final_judgment || act.final_judgment_waived) && (
              <Text size="sm">
                {t("acts.finalJudgment")}: {act.final_judgment || t("acts.judgmentWaived")}
              </Text>
            )}
            {act.entitlement && (
              <Text size="sm">
                {label("entitlement", act.entitlement)}
                {act.entitlement_evidence ? `: ${act.entitlement_evidence}` : ""}
              </Text>
            )}
            {act.deducted_expenses && (
              <Text size="sm">
                {t("acts.expenses")}: {money(act.deducted_expenses)}
              </Text>
            )}
            {act.disposal_agreement && (
              <Text size="sm">
                {t("acts.disposal")}: {act.disposal_agreement}
              </Text>
            )}
            {act.note && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {act.note}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
