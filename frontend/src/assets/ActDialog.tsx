import { Checkbox, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { ActNote, FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import {
  actPayload,
  controlFor,
  correctionFields,
  emptyValues,
  fieldsOf,
  isRequired,
  orderChoices,
  RELEASE_REASONS,
  specOf,
  TERM_KINDS,
  type ActField,
  type ActValues,
  type AssetAction,
  type OpenAct,
  type TermKind,
} from "./actRules";
import { orderTerm } from "./lapse";
import { useRestraintOrders } from "./queries";

type Asset = Schemas["Asset"];
type Transition = Schemas["AssetTransition"];

/** The form of one legal act (or, with several assets, one act under one order for all). */
/** The act's values that are text (bound to a text input). */
type TextKey = { [K in keyof ActValues]: ActValues[K] extends string ? K : never }[keyof ActValues];

export function ActDialog({
  act,
  assets,
  history = [],
  tier,
  onClose,
}: {
  /** The act as GET /assets/{id}/actions/ describes it for this caller. */
  act: OpenAct;
  assets: Asset[];
  history?: Transition[];
  tier?: string;
  onClose: () => void;
}) {
  const { t, label, date, dateTime, wallTime, state } = useT();
  const client = useQueryClient();
  const action: AssetAction = act.action;
  const spec = specOf(act);
  const first = assets[0];
  const bulk = assets.length > 1;
  const [values, setValues] = useState<ActValues>(() =>
    emptyValues({ jurisdiction: first?.jurisdiction, currency: first?.estimated_value?.currency }),
  );
  const correcting = action === "correct_record";
  const correctable = history.filter((act) => act.action !== "correct_record" && (act.order || act.amount));
  const corrected = history.find((act) => act.id === values.corrects);
  // A correction shows what the corrected act carries (its order, with its expiry for a freeze,
  // amounts, basis and finality, recipient...), each optional: what is left empty stays.
  const carried = new Set(fieldsOf(spec));
  const fields: Set<ActField> = correcting
    ? new Set([...correctionFields(corrected)].filter((field) => carried.has(field)))
    : carried;
  // The orders a renewal or a release of one order may name; with one only, it is chosen.
  // (Bulk acts name no order: each asset's only one is renewed.)
  const namesOrder = fields.has("restraint_order") && !bulk;
  const orders = useRestraintOrders(first?.id ?? "", namesOrder && !!first);
  const choices = orderChoices(action, orders.data ?? []);
  const onlyChoice = choices.length === 1 ? choices[0]!.id : "";
  const restraintOrder = values.restraint_order || onlyChoice;

  const set = <K extends keyof ActValues>(key: K, value: ActValues[K]) => setValues((old) => ({ ...old, [key]: value }));

  const { errors, summary, mutation, submit } = useProblemForm({
    mutationFn: async () => {
      const body = actPayload(action, { ...values, restraint_order: restraintOrder }, spec);
      if (bulk) {
        const { order, note } = body;
        return unwrap(
          await api.POST("/api/v1/assets/transitions/bulk/", {
            body: { action, assets: assets.map((a) => a.id), ...(order ? { order } : {}), ...(note ? { note } : {}) },
          }),
        );
      }
      return unwrap(
        await api.POST("/api/v1/assets/{asset_id}/transitions/", { params: { path: { asset_id: first!.id } }, body }),
      );
    },
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ["/api/v1/assets/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{id}/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{asset_id}/transitions/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{asset_id}/actions/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{asset_id}/restraint-orders/"] }),
        // A sale before judgment (and a correction of its price) values the asset at the price.
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{asset_id}/valuations/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/value-orders/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/reports/summary/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/deadlines/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/cases/{id}/"] }),
      ]);
      onClose();
    },
    // Bulk errors are per asset (`assets.<n>.<attr>`): shown in the summary.
    controlFor: (attr) => (bulk ? null : controlFor(attr)),
  });

  /** The value, error and change handler of the control of one of the act's text values. */
  const bind = (key: TextKey) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });

  const title = bulk
    ? t("acts.bulkTitle", { action: label("action", action), count: assets.length })
    : `${label("action", action)}: ${first?.description ?? ""}`;

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ "aria-label": t("common.close") }} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(`acts.help.${action}`)}</Text>
          <FormError message={summary} />
          {fields.has("corrects") && (
            <NativeSelect
              label={t("acts.corrects")}
              required
              {...bind("corrects")}
              data={[
                { value: "", label: t("acts.choose") },
                ...correctable.map((act) => ({
                  value: act.id,
                  label: `${label("action", act.action)} · ${dateTime(act.performed_at)}${act.order ? ` · ${act.order.reference}` : ""}`,
                })),
              ]}
            />
          )}
          {fields.has("order") && (
            <fieldset className="plain-fieldset">
              <legend>
                {action === "sell_before_judgment"
                  ? t("acts.saleAuthorisation")
                  : isRequired(spec, "order")
                    ? t("acts.order")
                    : t("acts.orderRestated")}
              </legend>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t("acts.authority")}
                  required={isRequired(spec, "order")}
                  {...bind("authority")}
                />
                <TextInput
                  label={t("acts.orderJurisdiction")}
                  description={t("acts.stateCode")}
                  required={isRequired(spec, "order")}
                  maxLength={2}
                  {...bind("jurisdiction")}
                />
                <TextInput
                  label={t("acts.orderSubdivision")}
                  description={t("acts.orderSubdivisionHelp")}
                  maxLength={8}
                  {...bind("subdivision")}
                />
                <TextInput
                  label={t("acts.reference")}
                  required={isRequired(spec, "order")}
                  {...bind("reference")}
                />
                <TextInput
                  type="date"
                  label={t("acts.issuedOn")}
                  required={isRequired(spec, "order")}
                  {...bind("issued_on")}
                />
                {correcting && !!corrected?.order?.expires_on && <TextInput type="date" label={t("acts.expiresOn")} {...bind("expires_on")} />}
              </SimpleGrid>
              {fields.has("term") && (
                <Stack gap="xs" mt="sm">
                  <Radio.Group
                    label={t("acts.term")}
                    value={values.term_kind}
                    error={errors.term_kind}
                    onChange={(value) => set("term_kind", value as TermKind)}
                  >
                    <Group gap="md" mt={4}>
                      {TERM_KINDS.map((kind) => (
                        <Radio key={kind} value={kind} label={t(`acts.termKind.${kind}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {values.term_kind === "date" && (
                      <TextInput type="date" label={t("acts.expiresOn")} description={t("acts.expiresOnHelp")} required {...bind("expires_on")} />
                    )}
                    {values.term_kind === "hours" && (
                      <>
                        <TextInput
                          label={t("acts.termHours")}
                          description={t("acts.termHoursHelp")}
                          required
                          inputMode="numeric"
                          {...bind("term_hours")}
                        />
                        <TextInput
                          type="time"
                          label={t("acts.issuedAt")}
                          description={t("acts.issuedAtHelp")}
                          required
                          {...bind("issued_at")}
                        />
                      </>
                    )}
                  </SimpleGrid>
                  {values.term_kind === "none" && <Text size="sm">{t("acts.withoutTermHelp")}</Text>}
                </Stack>
              )}
            </fieldset>
          )}
          {namesOrder && (
            <NativeSelect
              label={action === "renew_freeze" ? t("acts.orderRenewed") : t("acts.orderLifted")}
              required
              value={restraintOrder}
              error={errors.restraint_order}
              onChange={(e) => set("restraint_order", e.currentTarget.value)}
              data={[
                ...(onlyChoice ? [] : [{ value: "", label: t("acts.choose") }]),
                ...choices.map((o) => {
                  const term = orderTerm(o);
                  const until =
                    term.kind === "date"
                      ? t("acts.untilDate", { date: date(term.lastDay) })
                      : term.kind === "hours" && term.until
                        ? t("acts.untilDate", { date: wallTime(term.until) })
                        : t("assets.orderNoTerm");
                  return {
                    value: o.id,
                    label: `${o.reference} · ${o.authority} (${state(o.jurisdiction)}) · ${label("orderKind", o.kind)} · ${until}`,
                  };
                }),
              ]}
            />
          )}
          {fields.has("release_reason") && (
            <NativeSelect
              label={t("acts.releaseReason")}
              required
              {...bind("release_reason")}
              data={[
                { value: "", label: t("acts.choose") },
                ...RELEASE_REASONS.map((reason) => ({ value: reason, label: t(`releaseReason.${reason}`) })),
              ]}
            />
          )}
          {!bulk && fields.has("amount") && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={
                  action === "repatriate"
                    ? t("acts.amountReturned")
                    : action === "release_part"
                      ? t("acts.amountReleased")
                      : action === "sell_before_judgment"
                        ? t("acts.salePrice")
                        : t("acts.amount")
                }
                required={isRequired(spec, "amount")}
                inputMode="decimal"
                {...bind("amount")}
              />
              <TextInput
                label={t("acts.currency")}
                description={t("acts.currencyCode")}
                required={isRequired(spec, "amount")}
                maxLength={3}
                {...bind("currency")}
              />
            </SimpleGrid>
          )}
          {fields.has("sold_on") && (
            <TextInput
              type="date"
              label={t("acts.soldOn")}
              description={t("acts.soldOnHelp")}
              required={isRequired(spec, "sold_on")}
              {...bind("sold_on")}
            />
          )}
          {fields.has("basis") && (
            <NativeSelect
              label={t("acts.basis")}
              required={!correcting}
              {...bind("basis")}
              data={[
                { value: "", label: correcting ? t("acts.keepRecorded") : t("acts.choose") },
                { value: "conviction", label: t("basis.conviction") },
                { value: "non_conviction", label: t("basis.non_conviction") },
              ]}
            />
          )}
          {fields.has("final") && !correcting && (
            <Checkbox
              label={t("acts.final")}
              checked={values.final}
              error={errors.final}
              onChange={(e) => set("final", e.currentTarget.checked)}
            />
          )}
          {fields.has("final") && correcting && (
            <NativeSelect
              label={t("acts.finality")}
              value={values.finality}
              error={errors.final}
              onChange={(e) => set("finality", e.currentTarget.value)}
              data={[
                { value: "", label: t("acts.keepRecorded") },
                { value: "true", label: t("acts.finalityFinal") },
                { value: "false", label: t("acts.finalityNotFinal") },
              ]}
            />
          )}
          {fields.has("recipient") && (
            <>
              {tier && <Text size="sm">{t("acts.tier", { tier: `57(3)(${tier})` })}</Text>}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t("acts.recipient")}
                  required={!correcting}
                  {...bind("recipient")}
                  data={[
                    { value: "", label: correcting ? t("acts.keepRecorded") : t("acts.choose") },
                    { value: "requesting_state", label: t("recipient.requesting_state") },
                    { value: "victims", label: t("recipient.victims") },
                    { value: "prior_owners", label: t("recipient.prior_owners") },
                  ]}
                />
                {(values.recipient === "requesting_state" ||
                  (correcting && !values.recipient && corrected?.recipient === "requesting_state")) && (
                  <TextInput
                    label={t("acts.recipientState")}
                    description={t("acts.stateCode")}
                    required={!correcting}
                    maxLength={2}
                    {...bind("recipient_state")}
                  />
                )}
              </SimpleGrid>
            </>
          )}
          {fields.has("final_judgment") && (
            <>
              <TextInput
                label={t("acts.finalJudgment")}
                description={t("acts.finalJudgmentHelp")}
                disabled={values.final_judgment_waived}
                value={values.final_judgment}
                error={errors.final_judgment}
                onChange={(e) => set("final_judgment", e.currentTarget.value)}
              />
              <Checkbox
                label={t("acts.finalJudgmentWaived")}
                checked={values.final_judgment_waived}
                error={errors.final_judgment_waived}
                onChange={(e) => set("final_judgment_waived", e.currentTarget.checked)}
              />
            </>
          )}
          {fields.has("entitlement") && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t("acts.entitlement")}
                value={values.entitlement}
                error={errors.entitlement}
                onChange={(e) => set("entitlement", e.currentTarget.value)}
                data={[
                  { value: "", label: t("acts.choose") },
                  { value: "prior_ownership", label: t("entitlement.prior_ownership") },
                  { value: "recognised_damage", label: t("entitlement.recognised_damage") },
                ]}
              />
              <TextInput
                label={t("acts.entitlementEvidence")}
                value={values.entitlement_evidence}
                error={errors.entitlement_evidence}
                onChange={(e) => set("entitlement_evidence", e.currentTarget.value)}
              />
            </SimpleGrid>
          )}
          {!bulk && fields.has("deducted_expenses") && (
            <TextInput
              label={t("acts.expenses")}
              description={t("acts.expensesHelp")}
              inputMode="decimal"
              {...bind("expenses")}
            />
          )}
          {fields.has("disposal_agreement") && (
            <TextInput
              label={t("acts.disposal")}
              description={t("acts.disposalHelp")}
              {...bind("disposal_agreement")}
            />
          )}
          {fields.has("note") && (
            <ActNote required={isRequired(spec, "note")} value={values.note} error={errors.note} onChange={(note) => set("note", note)} />
          )}
          <FormActions onCancel={onClose} submitLabel={t("acts.record")} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
