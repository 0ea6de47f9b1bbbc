import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ApiError, unwrap } from "../api/client";
import { useStates } from "../common/queries";
import { HeadedTable, QueryState, RevokeCell, RevokeHeader } from "../common/ui";
import { useT } from "../i18n/locale";

/** The case team's view of who the case is shared with. Never rendered for a partner state. */
export function SharingTab({ caseId }: { caseId: string }) {
  const { t, state, date } = useT();
  const client = useQueryClient();
  const key = ["/api/v1/cases/{case_id}/shares/", caseId];
  const shares = useQuery({
    queryKey: key,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/cases/{case_id}/shares/", { params: { path: { case_id: caseId } } })),
  });
  const states = useStates();
  const [code, setCode] = useState("");
  const [expires, setExpires] = useState("");
  // The share's profile: whether the partner's liaison may answer the MLA requests addressed to it.
  const [answers, setAnswers] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const fields = error?.fieldErrors() ?? {};
  const active = (shares.data?.results ?? []).filter((s) => s.active);

  async function share(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      unwrap(
        await api.POST("/api/v1/cases/{case_id}/shares/", {
          params: { path: { case_id: caseId } },
          body: { state: code, expires_on: expires || null, allows_mla_answers: answers },
        }),
      );
      setCode("");
      setExpires("");
      setAnswers(true);
      await client.invalidateQueries({ queryKey: key });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, undefined));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(stateCode: string) {
    setBusy(true);
    try {
      const result = await api.DELETE("/api/v1/cases/{case_id}/shares/{code}/", {
        params: { path: { case_id: caseId, code: stateCode } },
      });
      if (!result.response.ok) throw new ApiError(result.response.status, result.error as never);
      setRevoking(null);
      await client.invalidateQueries({ queryKey: key });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, undefined));
      setRevoking(null);
    } finally {
      setBusy(false);
    }
  }

  const options = (states.data ?? [])
    .map((s) => ({ value: s.code, label: state(s.code) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack>
      <Paper withBorder p="md">
        <form onSubmit={share} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t("sharing.shareWith")}
            </Title>
            {error && (
              <Alert color="red" role="alert">
                {Object.values(fields).join(" ") || error.message}
              </Alert>
            )}
            <Group align="end" wrap="wrap">
              <NativeSelect
                label={t("sharing.state")}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                data={[{ value: "", label: "—" }, ...options]}
                error={fields.state}
                required
              />
              <TextInput type="date" label={t("sharing.expires")} value={expires} onChange={(e) => setExpires(e.currentTarget.value)} error={fields.expires_on} />
              <Checkbox
                label={t("sharing.answers")}
                checked={answers}
                onChange={(e) => setAnswers(e.currentTarget.checked)}
                mb={8}
              />
              <Button type="submit" loading={busy} disabled={!code}>
                {t("sharing.share")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <QueryState pending={shares.isPending} error={shares.error}>
        {active.length === 0 ? (
          <Text>{t("sharing.none")}</Text>
        ) : (
          <HeadedTable
            striped
            headers={[
              t("sharing.state"),
              t("sharing.expires"),
              t("sharing.answers"),
              t("sharing.grantedBy"),
              t("sharing.grantedAt"),
              <RevokeHeader key="revoke" />,
            ]}
          >
            {active.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Badge color="dark.6">
                    {state(s.state)}
                  </Badge>
                </Table.Td>
                <Table.Td>{s.expires_on ? date(s.expires_on) : t("sharing.never")}</Table.Td>
                <Table.Td>{s.allows_mla_answers ? t("common.yes") : t("common.no")}</Table.Td>
                <Table.Td>{s.granted_by.name || s.granted_by.username}</Table.Td>
                <Table.Td>{date(s.granted_at)}</Table.Td>
                <RevokeCell label={t("sharing.revokeState", { state: state(s.state) })} onClick={() => setRevoking(s.state)} />
              </Table.Tr>
            ))}
          </HeadedTable>
        )}
      </QueryState>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t("sharing.confirmTitle")} centered closeButtonProps={{ "aria-label": t("common.close") }}>
        {revoking && (
          <Stack>
            <Text>{t("sharing.confirmBody", { state: state(revoking) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t("cases.cancel")}
              </Button>
              <Button color="red.9" loading={busy} onClick={() => void revoke(revoking)}>
                {t("sharing.confirm", { state: state(revoking) })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
