import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { useCaseSubjects, useStates } from "../common/queries";
import { FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import { OFFENCE_CATEGORIES, type OffenceCategory } from "./actRules";
import {
  ASSET_KINDS,
  DETAIL_FIELDS,
  assetControlFor,
  assetCreateBody,
  assetUpdateBody,
  assetValues,
  type AssetKind,
  type AssetValues,
} from "./assetFields";
import { ifMatchVersion } from "./queries";

type TextKey = "description" | "value_amount" | "value_currency" | "holding_amount" | "holding_unit" | "source" | "internal_notes";

/** Creates an asset of the case, or edits one (`current`): its kind and identifying details, where
 * it sits, its estimated value (or "not yet valued"), and the offence it is the proceeds of, from
 * which the tier of a return under UNCAC Art. 57(3) follows. */
export function AssetForm({
  caseId,
  caseOffence,
  current,
  onClose,
}: {
  caseId: string;
  caseOffence?: string;
  current?: Schemas["Asset"];
  onClose: () => void;
}) {
  const { t, label, state } = useT();
  const client = useQueryClient();
  const states = useStates();
  const subjects = useCaseSubjects(caseId);
  const [before] = useState<AssetValues>(() => assetValues(current));
  const [values, setValues] = useState<AssetValues>(() => assetValues(current));
  const set = <K extends keyof AssetValues>(key: K, value: AssetValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const owner = current === undefined || current.internal_notes !== undefined;

  const { errors, summary, mutation, submit } = useProblemForm<Schemas["Asset"], string>({
    mutationFn: async () =>
      current
        ? unwrap(
            await api.PATCH("/api/v1/assets/{id}/", {
              params: { path: { id: current.id } },
              headers: ifMatchVersion(current),
              body: assetUpdateBody(before, values),
            }),
          )
        : unwrap(await api.POST("/api/v1/assets/", { body: assetCreateBody(caseId, values) })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ["/api/v1/assets/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{id}/"] }),
        client.invalidateQueries({ queryKey: ["/api/v1/cases/{id}/"] }),
        // A value typed here is recorded as a valuation of today.
        client.invalidateQueries({ queryKey: ["/api/v1/assets/{asset_id}/valuations/"] }),
      ]);
      onClose();
    },
    controlFor: assetControlFor,
    onProblem: (problem, _placed, rest) =>
      [t("assets.invalid"), problem?.errors?.length ? "" : (problem?.detail ?? ""), ...rest].filter(Boolean).join(" "),
  });

  const bind = (key: TextKey) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  // The case's subjects by name; a subject already chosen stays choosable while the list loads.
  const subjectOptions = (chosen: string) => {
    const named = (subjects.data?.results ?? []).map((s) => ({ value: s.id, label: s.name })).sort((a, b) => a.label.localeCompare(b.label));
    const missing = chosen && !named.some((o) => o.value === chosen) ? [{ value: chosen, label: "…" }] : [];
    return [{ value: "", label: t("assets.noSubject") }, ...missing, ...named];
  };
  const stateOptions = (states.data ?? []).map((s) => ({ value: s.code, label: state(s.code) })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={current ? t("assets.editTitle", { asset: current.description }) : t("assets.add")}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={summary} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("assets.kind")}
              required
              value={values.kind}
              error={errors.kind}
              onChange={(e) => set("kind", e.currentTarget.value as AssetKind)}
              data={ASSET_KINDS.map((kind) => ({ value: kind, label: label("assetKind", kind) }))}
            />
            <NativeSelect
              label={t("assets.jurisdiction")}
              required
              value={values.jurisdiction}
              error={errors.jurisdiction}
              onChange={(e) => set("jurisdiction", e.currentTarget.value)}
              data={[{ value: "", label: t("acts.choose") }, ...stateOptions]}
            />
          </SimpleGrid>
          <TextInput label={t("assets.description")} required {...bind("description")} />
          <fieldset className="plain-fieldset">
            <legend>{t("assets.details")}</legend>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {DETAIL_FIELDS[values.kind].map((field) => (
                <TextInput
                  key={`${values.kind}-${field.name}`}
                  label={t(`assetDetail.${field.name}` as never)}
                  required={field.required}
                  value={values.details[field.name] ?? ""}
                  error={errors[`details.${field.name}`]}
                  onChange={(e) => {
                    const typed = e.currentTarget.value;
                    setValues((old) => ({ ...old, details: { ...old.details, [field.name]: typed } }));
                  }}
                />
              ))}
            </SimpleGrid>
          </fieldset>
          <Checkbox
            label={t("assets.notYetValuedCheck")}
            checked={values.not_yet_valued}
            error={errors.not_yet_valued}
            onChange={(e) => set("not_yet_valued", e.currentTarget.checked)}
          />
          {!values.not_yet_valued && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("assets.value")} description={t("assets.valueHelp")} required inputMode="decimal" {...bind("value_amount")} />
              <TextInput label={t("acts.currency")} description={t("acts.currencyCode")} required maxLength={3} {...bind("value_currency")} />
            </SimpleGrid>
          )}
          {values.kind === "crypto_wallet" && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("assets.holding")} description={t("assets.holdingHelp")} inputMode="decimal" {...bind("holding_amount")} />
              <TextInput label={t("assets.holdingUnit")} description={t("assets.holdingUnitHelp")} maxLength={5} {...bind("holding_unit")} />
            </SimpleGrid>
          )}
          <NativeSelect
            label={t("assets.offence")}
            description={t("assets.offenceHelp")}
            value={values.offence_category}
            error={errors.offence_category}
            onChange={(e) => set("offence_category", e.currentTarget.value as OffenceCategory | "")}
            data={[
              { value: "", label: t("assets.offenceOfCase", { offence: label("offence", caseOffence) }) },
              ...OFFENCE_CATEGORIES.map((offence) => ({ value: offence, label: label("offence", offence) })),
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("assets.holder")}
              description={t("assets.holderHelp")}
              value={values.holder}
              error={errors.holder}
              onChange={(e) => set("holder", e.currentTarget.value)}
              data={subjectOptions(values.holder)}
            />
            <NativeSelect
              label={t("assets.beneficialOwner")}
              description={t("assets.beneficialOwnerHelp")}
              value={values.beneficial_owner}
              error={errors.beneficial_owner}
              onChange={(e) => set("beneficial_owner", e.currentTarget.value)}
              data={subjectOptions(values.beneficial_owner)}
            />
          </SimpleGrid>
          <Textarea label={t("assets.source")} description={t("assets.sourceHelp")} required autosize minRows={2} {...bind("source")} />
          {owner && (
            <>
              <Checkbox
                label={t("assets.restrictedCheck")}
                checked={values.restricted}
                error={errors.restricted}
                onChange={(e) => set("restricted", e.currentTarget.checked)}
              />
              <Textarea label={t("cases.internalNotes")} autosize minRows={2} {...bind("internal_notes")} />
            </>
          )}
          <FormActions onCancel={onClose} submitLabel={current ? t("cases.save") : t("assets.add")} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
