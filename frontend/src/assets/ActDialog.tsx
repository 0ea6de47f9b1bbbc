import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { ActNote, FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import {
  actPayload,
  controlFor,
  emptyValues,
  fieldsOf,
  isRequired,
  specOf,
  type ActValues,
  type AssetAction,
  type OpenAct,
} from "./actRules";

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
  const { t, label, dateTime } = useT();
  const client = useQueryClient();
  const action: AssetAction = act.action;
  const spec = specOf(act);
  const first = assets[0];
  const bulk = assets.length > 1;
  const [values, setValues] = useState<ActValues>(() =>
    emptyValues({ jurisdiction: first?.jurisdiction, currency: first?.estimated_value?.currency }),
  );
  const fields = new Set(fieldsOf(spec));
  const correctable = history.filter((act) => act.action !== "correct_record" && (act.order || act.amount));
  const corrected = history.find((act) => act.id === values.corrects);
  // A correction restates the corrected act's order (with its expiry for a freeze) and amounts.
  const showExpiry =
    fields.has("expires_on") || (action === "correct_record" && !!corrected?.order?.expires_on);

  const set = <K extends keyof ActValues>(key: K, value: ActValues[K]) => setValues((old) => ({ ...old, [key]: value }));

  const { errors, summary, mutation, submit } = useProblemForm({
    mutationFn: async () => {
      const body = actPayload(action, values, spec);
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
              <legend>{isRequired(spec, "order") ? t("acts.order") : t("acts.orderRestated")}</legend>
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
                {showExpiry && (
                  <TextInput
                    type="date"
                    label={t("acts.expiresOn")}
                    required={isRequired(spec, "expires_on")}
                    {...bind("expires_on")}
                  />
                )}
              </SimpleGrid>
            </fieldset>
          )}
          {!bulk && fields.has("amount") && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={action === "repatriate" ? t("acts.amountReturned") : t("acts.amount")}
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
          {fields.has("basis") && (
            <NativeSelect
              label={t("acts.basis")}
              required
              {...bind("basis")}
              data={[
                { value: "", label: t("acts.choose") },
                { value: "conviction", label: t("basis.conviction") },
                { value: "non_conviction", label: t("basis.non_conviction") },
              ]}
            />
          )}
          {fields.has("final") && (
            <Checkbox
              label={t("acts.final")}
              checked={values.final}
              error={errors.final}
              onChange={(e) => set("final", e.currentTarget.checked)}
            />
          )}
          {fields.has("recipient") && (
            <>
              {tier && <Text size="sm">{t("acts.tier", { tier: `57(3)(${tier})` })}</Text>}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t("acts.recipient")}
                  required
                  {...bind("recipient")}
                  data={[
                    { value: "", label: t("acts.choose") },
                    { value: "requesting_state", label: t("recipient.requesting_state") },
                    { value: "victims", label: t("recipient.victims") },
                    { value: "prior_owners", label: t("recipient.prior_owners") },
                  ]}
                />
                {values.recipient === "requesting_state" && (
                  <TextInput
                    label={t("acts.recipientState")}
                    description={t("acts.stateCode")}
                    required
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
