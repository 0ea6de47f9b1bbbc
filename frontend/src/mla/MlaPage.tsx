import { Card, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { QueryState, StatusBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";

export function MlaPage({ mlaId }: { mlaId: string }) {
  const { t, label, state, date, dateTime } = useT();
  const mla = useQuery({
    queryKey: ["/api/v1/mla-requests/{id}/", mlaId],
    queryFn: async () => unwrap(await api.GET("/api/v1/mla-requests/{id}/", { params: { path: { id: mlaId } } })),
  });
  const steps = useQuery({
    queryKey: ["/api/v1/mla-requests/{request_id}/transitions/", mlaId],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/mla-requests/{request_id}/transitions/", { params: { path: { request_id: mlaId } } })),
  });
  return (
    <QueryState pending={mla.isPending} error={mla.error}>
      {mla.data && (
        <Stack>
          <AnchorLink to="/cases/$caseId/$tab" params={{ caseId: mla.data.case, tab: "mla-requests" }} size="sm">
            ← {mla.data.case_reference}
          </AnchorLink>
          <Title order={1}>
            {t("mla.title")}: {label("mlaKind", mla.data.kind)}
          </Title>
          <Card withBorder>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w="40%">{t("mla.status")}</Table.Th>
                  <Table.Td>
                    <StatusBadge group="mlaStatus" value={mla.data.status} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("mla.requesting")}</Table.Th>
                  <Table.Td>{state(mla.data.requesting_state)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("mla.requested")}</Table.Th>
                  <Table.Td>{state(mla.data.requested_state)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("mla.sent")}</Table.Th>
                  <Table.Td>{date(mla.data.sent_on)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("mla.due")}</Table.Th>
                  <Table.Td>{date(mla.data.due_on)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {mla.data.description && <Text mt="sm">{mla.data.description}</Text>}
          </Card>
          <Title order={2} size="h3">
            {t("mla.history")}
          </Title>
          <QueryState pending={steps.isPending} error={steps.error}>
            {steps.data?.results.length ? (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("activity.when")}</Table.Th>
                    <Table.Th scope="col">{t("activity.action")}</Table.Th>
                    <Table.Th scope="col">{t("mla.status")}</Table.Th>
                    <Table.Th scope="col">{t("activity.actor")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {steps.data.results.map((step) => (
                    <Table.Tr key={step.id}>
                      <Table.Td>{dateTime(step.performed_at)}</Table.Td>
                      <Table.Td>{step.action.replace(/_/g, " ")}</Table.Td>
                      <Table.Td>{label("mlaStatus", step.to_status)}</Table.Td>
                      <Table.Td>{state(step.performed_by.state)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text>—</Text>
            )}
          </QueryState>
        </Stack>
      )}
    </QueryState>
  );
}
