import { Alert, Anchor, Badge, Button, Checkbox, FileInput, Group, NativeSelect, Paper, Progress, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ApiError, downloadUrl, unwrap, uploadDocument } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { useT } from "../i18n/locale";
import { useTabPage } from "./useTabPage";

const KINDS = ["court_order", "bank_record", "mla_correspondence", "evidence", "other"] as const;

function size(bytes: number, locale: (value: number) => string) {
  if (bytes < 1024) return `${locale(bytes)} B`;
  if (bytes < 1024 * 1024) return `${locale(Math.round(bytes / 102.4) / 10)} KB`;
  return `${locale(Math.round(bytes / 104857.6) / 10)} MB`;
}

export function DocumentsTab({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const { t, label, dateTime, number } = useT();
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/documents/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/documents/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const documents = query.data?.results ?? [];
  return (
    <Stack>
      {canUpload && <UploadForm caseId={caseId} />}
      <QueryState pending={query.isPending} error={query.error}>
        <ListTable
          empty={documents.length === 0}
          emptyText={t("documents.none")}
          minWidth={640}
          headers={[
            t("documents.title"),
            t("documents.kind"),
            t("documents.size"),
            t("documents.uploaded"),
          ]}
        >
          {documents.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor href={downloadUrl(doc.id)} download aria-label={t("documents.download", { title: doc.title })}>
                    {doc.title}
                  </Anchor>
                  {doc.restricted && <Badge color="red.9">{t("common.restricted")}</Badge>}
                </Group>
                <Text size="xs" c="gray.7">
                  {doc.original_name}
                </Text>
              </Table.Td>
              <Table.Td>{label("docKind", doc.kind)}</Table.Td>
              <Table.Td>{size(doc.size, number)}</Table.Td>
              <Table.Td>{dateTime(doc.uploaded_at)}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
        <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
      </QueryState>
    </Stack>
  );
}

/** Uploads a document to a case, or as an answer document of one of its MLA requests. */
export function UploadForm({
  caseId,
  mlaRequest,
  canRestrict = true,
  heading,
}: {
  caseId: string;
  mlaRequest?: string;
  canRestrict?: boolean;
  heading?: string;
}) {
  const { t } = useT();
  const client = useQueryClient();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<(typeof KINDS)[number]>(mlaRequest ? "mla_correspondence" : "court_order");
  const [file, setFile] = useState<File | null>(null);
  const [restricted, setRestricted] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fields = error?.fieldErrors() ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const form = new FormData();
    form.set("case", caseId);
    form.set("title", title);
    form.set("kind", kind);
    form.set("restricted", restricted && canRestrict ? "true" : "false");
    if (mlaRequest) form.set("mla_request", mlaRequest);
    if (file) form.set("file", file);
    setProgress(0);
    try {
      const created = await uploadDocument(form, setProgress);
      setDone(created.title);
      setTitle("");
      setFile(null);
      await client.invalidateQueries({ queryKey: ["/api/v1/documents/"] });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, undefined));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {heading ?? t("documents.upload")}
          </Title>
          {error && (
            <Alert color="red" role="alert">
              {Object.values(fields).join(" ") || error.message}
            </Alert>
          )}
          {done && (
            <Alert color="teal" role="status">
              {t("documents.uploaded.ok", { title: done })}
            </Alert>
          )}
          <Group align="start" grow wrap="wrap">
            <TextInput label={t("documents.title")} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} required miw={200} />
            <NativeSelect
              label={t("documents.kind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as (typeof KINDS)[number])}
              data={KINDS.map((k) => ({ value: k, label: t(`docKind.${k}`) }))}
              error={fields.kind}
              miw={160}
            />
            <FileInput label={t("documents.file")} value={file} onChange={setFile} error={fields.file} required clearable miw={200} />
          </Group>
          {canRestrict && (
            <Checkbox label={t("documents.restricted")} checked={restricted} onChange={(e) => setRestricted(e.currentTarget.checked)} />
          )}
          {progress !== null && (
            <Progress value={Math.round(progress * 100)} aria-label={t("documents.uploading")} animated />
          )}
          <Group>
            <Button type="submit" loading={progress !== null} disabled={!file}>
              {t("documents.upload")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
