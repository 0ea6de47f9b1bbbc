import { Modal, Stack } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import { proceedsControlFor, type Typed } from "./payloads";

/** What a proceeds write refreshes: the lists of the three records, the assets (an upheld claim
 * or a payment changes what they hold) and the case's figures. */
const REFRESHED = [
  "/api/v1/value-orders/",
  "/api/v1/value-orders/{id}/satisfactions/",
  "/api/v1/sharing-agreements/",
  "/api/v1/third-party-claims/",
  "/api/v1/assets/",
  "/api/v1/assets/{id}/",
  "/api/v1/cases/{id}/",
];

/** One proceeds form: its typed values, the API's errors beside the controls named in `known`
 * (the rest in the summary), and, once recorded, the lists refreshed and `onDone`. */
export function useProceedsForm<T>({
  initial,
  known,
  save,
  onDone,
}: {
  initial: Typed;
  known: readonly string[];
  save: (values: Typed) => Promise<T>;
  onDone: () => void;
}) {
  const { t } = useT();
  const client = useQueryClient();
  const [values, setValues] = useState<Typed>(initial);
  const set = (key: string, value: string) => setValues((old) => ({ ...old, [key]: value }));
  const { errors, summary, mutation, submit } = useProblemForm<T, string>({
    mutationFn: () => save(values),
    onSuccess: async () => {
      await Promise.all(REFRESHED.map((key) => client.invalidateQueries({ queryKey: [key] })));
      onDone();
    },
    controlFor: proceedsControlFor(known),
    onProblem: (problem, _placed, rest) =>
      [t("proceeds.invalid"), problem?.errors?.length ? "" : (problem?.detail ?? ""), ...rest].filter(Boolean).join(" "),
  });
  const bind = (key: string) => ({
    value: values[key] ?? "",
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  return { values, set, bind, errors, summary, submit, pending: mutation.isPending };
}

/** A proceeds form in a dialog: the summary of what went wrong, the fields, Cancel and submit. */
export function ProceedsModal({
  title,
  submitLabel,
  summary,
  pending,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel?: string;
  summary: string | null;
  pending: boolean;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ "aria-label": t("common.close") }} title={title} size="lg" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormError message={summary} />
          {children}
          <FormActions onCancel={onClose} submitLabel={submitLabel ?? t("acts.record")} loading={pending} />
        </Stack>
      </form>
    </Modal>
  );
}
