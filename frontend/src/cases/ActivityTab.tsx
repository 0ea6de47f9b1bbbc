import { Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { PAGE_SIZE, Pages, QueryState } from "../common/ui";
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
      {events.length === 0 ? (
        <Text>{t("activity.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("activity.when")}</Table.Th>
                <Table.Th scope="col">{t("activity.action")}</Table.Th>
                <Table.Th scope="col">{t("activity.object")}</Table.Th>
                <Table.Th scope="col">{t("activity.actor")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
    </QueryState>
  );
}
