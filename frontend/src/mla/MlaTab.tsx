import { Badge, Button, Group, Stack, Table } from "@mantine/core";
import { useState } from "react";
import { MlaDraftForm } from "./MlaDraftForm";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState, StatusBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useTabPage } from "../cases/useTabPage";
import { DirectionBadge } from "./MlaPage";
import { clockOf } from "./mlaRules";

export function MlaTab({ caseId, canDraft = false }: { caseId: string; canDraft?: boolean }) {
  const { t, label, state, date } = useT();
  const [drafting, setDrafting] = useState(false);
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/mla-requests/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/mla-requests/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const requests = query.data?.results ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error}>
      <Stack>
      {canDraft && (
        <Group>
          <Button variant="outline" onClick={() => setDrafting(true)}>
            {t("mla.new")}
          </Button>
        </Group>
      )}
      <ListTable
        empty={requests.length === 0}
        emptyText={t("mla.none")}
        minWidth={820}
        headers={[
          t("mla.kind"),
          t("mla.direction"),
          t("mla.requesting"),
          t("mla.requested"),
          t("mla.status"),
          t("mla.sent"),
          t("mla.due"),
        ]}
      >
        {requests.map((mla) => (
          <Table.Tr key={mla.id}>
            <Table.Td>
              <AnchorLink to="/mla-requests/$mlaId" params={{ mlaId: mla.id }}>
                {label("mlaKind", mla.kind)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>
              <DirectionBadge direction={mla.direction} />
            </Table.Td>
            <Table.Td>{state(mla.requesting_state)}</Table.Td>
            <Table.Td>{state(mla.requested_state)}</Table.Td>
            <Table.Td>
              <StatusBadge group="mlaStatus" value={mla.status} />
            </Table.Td>
            <Table.Td>{date(mla.sent_on)}</Table.Td>
            <Table.Td>
              {date(mla.due_on)}{" "}
              {mla.overdue && (
                <Badge color="red.9">
                  {t("mla.overdue")}
                </Badge>
              )}
              {clockOf(mla).kind === "stopped" && (
                <Badge color="gray.8" variant="outline">
                  {mla.clock_stopped_on ? `${t("mla.stoppedSince")} ${date(mla.clock_stopped_on)}` : t("mla.clockStopped")}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
      </Stack>
      {drafting && <MlaDraftForm caseId={caseId} onClose={() => setDrafting(false)} />}
    </QueryState>
  );
}
