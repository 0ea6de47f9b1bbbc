import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { api, unwrap, type Schemas } from "../api/client";
import { PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";

export function useDeadlines(page: number, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: ["/api/v1/deadlines/", { open: true, page, pageSize }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/deadlines/", {
          params: { query: { open: true, ordering: "due_on", page, page_size: pageSize } as never },
        }),
      ),
  });
}

export function DeadlineTable({ deadlines }: { deadlines: Schemas["Deadline"][] }) {
  const { t, date, label, state } = useT();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("deadlines.due")}</Table.Th>
            <Table.Th scope="col">{t("deadlines.what")}</Table.Th>
            <Table.Th scope="col">{t("deadlines.case")}</Table.Th>
            <Table.Th scope="col">{t("deadlines.acting")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deadlines.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {date(d.due_on)}{" "}
                {d.overdue && (
                  <Badge color="red.9">
                    {t("deadlines.overdue")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {label("deadlineKind", d.kind)}: {d.title}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <AnchorLink to="/cases/$caseId" params={{ caseId: d.case }}>
                  {d.case_reference}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{state(d.acting_state)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function DeadlinesPage() {
  const { t } = useT();
  const search = useSearch({ strict: false }) as { page?: number };
  const navigate = useNavigate({ from: "/deadlines" });
  const page = search.page ?? 1;
  const query = useDeadlines(page);
  return (
    <Stack>
      <Title order={1}>{t("deadlines.title")}</Title>
      <QueryState pending={query.isPending} error={query.error}>
        {query.data?.results.length ? <DeadlineTable deadlines={query.data.results} /> : <Text>{t("deadlines.none")}</Text>}
        <Pages count={query.data?.count ?? 0} page={page} onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })} />
      </QueryState>
    </Stack>
  );
}
