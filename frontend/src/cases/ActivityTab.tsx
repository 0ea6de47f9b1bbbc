import { Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { useT } from "../i18n/locale";
import { useTabPage } from "./useTabPage";

export function ActivityTab({ caseId }: { caseId: string }) {
  const { t, dateTime, state } = useT();
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/cases/{case_id}/activity/", caseId, page],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/cases/{case_id}/activity/", {
          params: { path: { case_id: caseId }, query: { page, page_size: PAGE_SIZE } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const events = query.data?.results ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error}>
      <ListTable
        empty={events.length === 0}
        emptyText={t("activity.none")}
        minWidth={640}
        headers={[t("activity.when"), t("activity.action"), t("activity.object"), t("activity.actor")]}
      >
        {events.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(event.occurred_at)}</Table.Td>
            <Table.Td>
              <code>{event.action}</code>
            </Table.Td>
            <Table.Td>{event.object_type}</Table.Td>
            <Table.Td>{event.actor?.name || event.actor_label || state(event.actor_state)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
    </QueryState>
  );
}
