import { Badge, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { PAGE_SIZE, Pages, QueryState, StatusBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useTabPage } from "../cases/useTabPage";

export function MlaTab({ caseId }: { caseId: string }) {
  const { t, label, state, date } = useT();
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/mla-requests/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/mla-requests/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } } })),
  });
  const requests = query.data?.results ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error}>
      {requests.length === 0 ? (
        <Text>{t("mla.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("mla.kind")}</Table.Th>
                <Table.Th scope="col">{t("mla.requesting")}</Table.Th>
                <Table.Th scope="col">{t("mla.requested")}</Table.Th>
                <Table.Th scope="col">{t("mla.status")}</Table.Th>
                <Table.Th scope="col">{t("mla.sent")}</Table.Th>
                <Table.Th scope="col">{t("mla.due")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((mla) => (
                <Table.Tr key={mla.id}>
                  <Table.Td>
                    <AnchorLink to="/mla-requests/$mlaId" params={{ mlaId: mla.id }}>
                      {label("mlaKind", mla.kind)}
                    </AnchorLink>
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
                  </Table.Td>
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
