import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiError, unwrap, type Schemas } from "../api/client";
import { ActNote, FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import {
  consultationRequired,
  emptyMlaValues,
  maxDateFor,
  minDateFor,
  MLA_FIELDS,
  mlaControlFor,
  mlaPayload,
  REFUSAL_GROUNDS,
  todayIso,
  type MlaAction,
  type MlaActValues,
  type RefusalGround,
} from "./mlaRules";

type Mla = Schemas["Mla"];

/** The form of one MLA act: the fields the act takes, the API's errors beside them, and when the
 * API asks for a consultation first (UNCAC 46(26), 55(8)), a way to record it without losing what
 * was typed. */
export function MlaActDialog({ mla, action, onClose }: { mla: Mla; action: MlaAction; onClose: () => void }) {
  const { t, label } = useT();
  const client = useQueryClient();
  const [values, setValues] = useState<MlaActValues>(emptyMlaValues);
  const [consultNeeded, setConsultNeeded] = useState<string | null>(null);
  const [consultNote, setConsultNote] = useState("");
  const [consultError, setConsultError] = useState<string | null>(null);
  const [consulted, setConsulted] = useState(false);
  const spec = MLA_FIELDS[action];
  const today = todayIso();
  const canConsult = (mla.allowed_actions ?? []).includes("consult");
  const set = <K extends keyof MlaActValues>(key: K, value: MlaActValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["/api/v1/mla-requests/{id}/"] }),
      client.invalidateQueries({ queryKey: ["/api/v1/mla-requests/{request_id}/transitions/"] }),
      client.invalidateQueries({ queryKey: ["/api/v1/mla-requests/"] }),
      client.invalidateQueries({ queryKey: ["/api/v1/deadlines/"] }),
    ]);
  const { errors, summary, mutation, submit } = useProblemForm({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/mla-requests/{request_id}/transitions/", {
          params: { path: { request_id: mla.id } },
          body: mlaPayload(action, values),
        }),
      ),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
    controlFor: (attr) => mlaControlFor(action, attr),
    // Shown in its own alert, with a way to record the consultation.
    skip: (item) => item.code === "consultation_required",
    onProblem: (problem, placed, rest) => {
      const consult = consultationRequired(problem);
      setConsultNeeded(consult);
      if (consult !== null) setConsulted(false);
      if (consult !== null && rest.length === 0 && Object.keys(placed).length === 0) return null;
      const detail = problem?.errors?.length || consult !== null ? "" : (problem?.detail ?? "");
      return [t("acts.invalid"), detail, ...rest].filter(Boolean).join(" ");
    },
  });
  const consultation = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/mla-requests/{request_id}/transitions/", {
          params: { path: { request_id: mla.id } },
          body: mlaPayload("consult", { ...emptyMlaValues(), note: consultNote }),
        }),
      ),
    onSuccess: async () => {
      await refresh();
      setConsultNeeded(null);
      setConsultError(null);
      setConsultNote("");
      setConsulted(true);
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors();
        setConsultError(fields.note || Object.values(fields).join(" ") || error.problem?.detail || t("app.error"));
      } else setConsultError(t("app.error"));
    },
  });
  const dateLabel =
    spec.date?.field === "sent_on"
      ? action === "receive"
        ? t("mla.sentOnReceived")
        : t("mla.sentOn")
      : spec.date?.field === "acknowledged_on"
        ? t("mla.acknowledgedOn")
        : t("mla.replyDueOn");
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ "aria-label": t("common.close") }} title={t(`mlaAction.${action}`)} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={summary} />
          {consultNeeded !== null && (
            <Alert color="orange" role="alert" title={t("mla.consultationRequired")} data-testid="consultation-required">
              <Stack gap="xs">
                {consultNeeded && <Text size="sm">{consultNeeded}</Text>}
                {canConsult && (
                  <>
                    <Textarea
                      label={t("mla.consultationNote")}
                      required
                      autosize
                      minRows={2}
                      value={consultNote}
                      error={consultError}
                      onChange={(e) => setConsultNote(e.currentTarget.value)}
                    />
                    <Group>
                      <Button variant="light" loading={consultation.isPending} onClick={() => consultation.mutate()}>
                        {t("mla.recordConsultation")}
                      </Button>
                    </Group>
                  </>
                )}
              </Stack>
            </Alert>
          )}
          {consulted && (
            <Alert color="green" role="status">
              {t("mla.consulted")}
            </Alert>
          )}
          {spec.date && (
            <TextInput
              type="date"
              label={dateLabel}
              description={spec.date.field === "reply_due_on" ? t("mla.replyDueHelp") : t("mla.dateHelp")}
              required={spec.date.required}
              min={minDateFor(spec.date.field, today) ?? undefined}
              max={maxDateFor(spec.date.field, today) ?? undefined}
              value={values.date}
              error={errors.date}
              onChange={(e) => set("date", e.currentTarget.value)}
            />
          )}
          {spec.grounds && (
            <Checkbox.Group
              label={t("mla.refusalGrounds")}
              required
              value={values.grounds}
              error={errors.grounds}
              onChange={(chosen) => set("grounds", chosen as RefusalGround[])}
            >
              <Stack gap={4} mt={4}>
                {REFUSAL_GROUNDS.map((ground) => (
                  <Checkbox key={ground} value={ground} label={label("refusalGround", ground)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {spec.reason && (
            <Textarea
              label={t("mla.reason")}
              required
              autosize
              minRows={2}
              value={values.reason}
              error={errors.reason}
              onChange={(e) => set("reason", e.currentTarget.value)}
            />
          )}
          <ActNote required={spec.note === "required"} value={values.note} error={errors.note} onChange={(note) => set("note", note)} />
          <FormActions onCancel={onClose} submitLabel={t("acts.record")} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
