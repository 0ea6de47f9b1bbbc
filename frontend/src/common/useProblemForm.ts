import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiError, type Problem } from "../api/client";
import { useT } from "../i18n/locale";

type ProblemError = NonNullable<Problem["errors"]>[number];

/** How a form shows the API's problem: the errors `controlFor` places beside a control, the rest
 * (and the problem's own detail when it lists no errors) in one summary above the form. */
export interface ProblemForm<TData, K extends string> {
  mutationFn: () => Promise<TData>;
  onSuccess: (data: TData) => Promise<void> | void;
  controlFor: (attr: string | null | undefined) => K | null;
  /** Errors the form shows elsewhere, neither beside a control nor in the summary. */
  skip?: (error: ProblemError) => boolean;
  /** For a form that does more with a problem: answers the summary in place of the default. */
  onProblem?: (problem: Partial<Problem> | undefined, placed: Partial<Record<K, string>>, rest: string[]) => string | null;
}

export function useProblemForm<TData, K extends string>({ mutationFn, onSuccess, controlFor, skip, onProblem }: ProblemForm<TData, K>) {
  const { t } = useT();
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn,
    onSuccess,
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setSummary(t("app.error"));
        return;
      }
      const placed: Partial<Record<K, string>> = {};
      const rest: string[] = [];
      for (const item of error.problem?.errors ?? []) {
        if (skip?.(item)) continue;
        const control = controlFor(item.attr);
        if (control) placed[control] = placed[control] ? `${placed[control]} ${item.detail}` : item.detail;
        else rest.push(item.detail);
      }
      setErrors(placed);
      setSummary(
        onProblem
          ? onProblem(error.problem, placed, rest)
          : [t("acts.invalid"), error.problem?.errors?.length ? "" : (error.problem?.detail ?? ""), ...rest].filter(Boolean).join(" "),
      );
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setSummary(null);
    mutation.mutate();
  };
  return { errors, summary, mutation, submit };
}
