import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, ApiError, unwrap, type Schemas } from "../api/client";
import { useStates } from "../common/queries";
import { FormActions } from "../common/ui";
import { useT } from "../i18n/locale";
import { caseKey } from "./queries";

const OFFENCES = ["embezzlement", "laundering_embezzled", "bribery", "laundering", "other"] as const;
const STATUSES = ["open", "closed", "archived"] as const;

function ErrorSummary({ error }: { error: ApiError | null }) {
  const { t } = useT();
  if (!error) return null;
  const fields = error.fieldErrors();
  return (
    <Alert color="red" role="alert" title={t("cases.invalid")}>
      {fields.non_field_errors ?? (Object.keys(fields).length ? Object.values(fields).join(" ") : error.message)}
    </Alert>
  );
}

/** The case's title and summary, as both the create and the edit form ask for them. */
function TitleAndSummary({
  title,
  summary,
  setTitle,
  setSummary,
  errors,
}: {
  title: string;
  summary: string;
  setTitle: (value: string) => void;
  setSummary: (value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useT();
  return (
    <>
      <TextInput label={t("cases.caseTitle")} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required />
      <Textarea label={t("cases.summary")} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={errors.summary} autosize minRows={3} />
    </>
  );
}

export function CaseCreate({ onClose }: { onClose: () => void }) {
  const { t, state } = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const states = useStates();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [origin, setOrigin] = useState("");
  const [offence, setOffence] = useState<(typeof OFFENCES)[number]>("embezzlement");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = error?.fieldErrors() ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: Schemas["CaseWriteRequest"] = { title, summary, origin_state: origin, offence_category: offence };
      const created = unwrap(await api.POST("/api/v1/cases/", { body }));
      await client.invalidateQueries({ queryKey: ["/api/v1/cases/"] });
      onClose();
      void navigate({ to: "/cases/$caseId", params: { caseId: created.id } });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, undefined));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t("cases.create")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={error} />
          <TitleAndSummary title={title} summary={summary} setTitle={setTitle} setSummary={setSummary} errors={fields} />
          <NativeSelect
            label={t("cases.origin")}
            value={origin}
            onChange={(e) => setOrigin(e.currentTarget.value)}
            error={fields.origin_state}
            required
            data={[
              { value: "", label: "—" },
              ...(states.data ?? []).map((s) => ({ value: s.code, label: state(s.code) })).sort((a, b) => a.label.localeCompare(b.label)),
            ]}
          />
          <NativeSelect
            label={t("cases.offence")}
            value={offence}
            onChange={(e) => setOffence(e.currentTarget.value as (typeof OFFENCES)[number])}
            error={fields.offence_category}
            data={OFFENCES.map((o) => ({ value: o, label: t(`offence.${o}`) }))}
          />
          <FormActions onCancel={onClose} submitLabel={t("cases.create")} loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Edits with If-Match; when someone else saved first (412), the edit stays and the user may
 * reload the latest version under it, then save again. Only the fields the user changed are
 * sent, so that a reload takes the other person's changes to every other field. */
type Editable = { title: string; summary: string; status: (typeof STATUSES)[number]; internal_notes: string };

function editable(item: Schemas["CaseDetail"]): Editable {
  return { title: item.title, summary: item.summary, status: item.status, internal_notes: item.internal_notes ?? "" };
}

export function CaseEdit({
  current,
  etag,
  onDone,
}: {
  current: Schemas["CaseDetail"];
  etag: string | null;
  onDone: () => void;
}) {
  const { t } = useT();
  const client = useQueryClient();
  const [base, setBase] = useState<Editable>(() => editable(current));
  const [values, setValues] = useState<Editable>(() => editable(current));
  const [baseEtag, setBaseEtag] = useState(etag);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = error?.fieldErrors() ?? {};
  const withNotes = current.internal_notes !== undefined;
  const set = <K extends keyof Editable>(key: K, value: Editable[K]) => setValues((v) => ({ ...v, [key]: value }));
  const { title, summary, status } = values;
  const notes = values.internal_notes;
  const setTitle = (v: string) => set("title", v);
  const setSummary = (v: string) => set("summary", v);
  const setStatus = (v: Editable["status"]) => set("status", v);
  const setNotes = (v: string) => set("internal_notes", v);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: Schemas["PatchedCaseUpdateRequest"] = {};
      if (values.title !== base.title) body.title = values.title;
      if (values.summary !== base.summary) body.summary = values.summary;
      if (values.status !== base.status) body.status = values.status;
      if (withNotes && values.internal_notes !== base.internal_notes) body.internal_notes = values.internal_notes;
      const result = await api.PATCH("/api/v1/cases/{id}/", {
        params: { path: { id: current.id } },
        headers: baseEtag ? { "If-Match": baseEtag } : {},
        body,
      });
      if (result.response.status === 412) {
        setConflict(true);
        return;
      }
      unwrap(result);
      setConflict(false);
      await client.invalidateQueries({ queryKey: caseKey(current.id) });
      await client.invalidateQueries({ queryKey: ["/api/v1/cases/"] });
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, undefined));
    } finally {
      setBusy(false);
    }
  }

  async function reloadKeepingEdit() {
    const fresh = await client.fetchQuery({
      queryKey: caseKey(current.id),
      staleTime: 0,
      queryFn: async () => {
        const result = await api.GET("/api/v1/cases/{id}/", { params: { path: { id: current.id } } });
        return { data: unwrap(result), etag: result.response.headers.get("ETag") };
      },
    });
    const latest = editable(fresh.data);
    // What the user changed stays; everything else becomes the latest version.
    setValues((mine) => {
      const merged = { ...latest };
      for (const key of Object.keys(mine) as (keyof Editable)[]) {
        if (mine[key] !== base[key]) (merged as Record<string, string>)[key] = mine[key];
      }
      return merged;
    });
    setBase(latest);
    setBaseEtag(fresh.etag);
    setConflict(false);
  }

  return (
    <form onSubmit={save} noValidate aria-label={t("cases.edit")}>
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert">
            {t("cases.conflict")}
            <Group mt="sm">
              <Button size="xs" color="dark.7" onClick={() => void reloadKeepingEdit()}>
                {t("cases.reloadKeep")}
              </Button>
            </Group>
          </Alert>
        )}
        <ErrorSummary error={error} />
        <TitleAndSummary title={title} summary={summary} setTitle={setTitle} setSummary={setSummary} errors={fields} />
        <NativeSelect
          label={t("cases.status")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUSES)[number])}
          error={fields.status}
          data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        {withNotes && (
          <Textarea label={t("cases.internalNotes")} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fields.internal_notes} autosize minRows={2} />
        )}
        <FormActions onCancel={onDone} submitLabel={t("cases.save")} loading={busy} />
      </Stack>
    </form>
  );
}
