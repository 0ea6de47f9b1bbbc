import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { useT } from "../i18n/locale";
import { useTabPage } from "./useTabPage";

export function SubjectsTab({ caseId }: { caseId: string }) {
  const { t, label, state, date } = useT();
  const [page, setPage] = useTabPage();
  const query = useQuery({
    queryKey: ["/api/v1/subjects/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/subjects/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE, ordering: "name" } as never } })),
  });
  const subjects = query.data?.results ?? [];
  const names = new Map(subjects.map((s) => [s.id, s.name]));
  return (
    <QueryState pending={query.isPending} error={query.error}>
      <ListTable
        empty={subjects.length === 0}
        emptyText={t("subjects.none")}
        minWidth={640}
        headers={[
          t("subjects.name"),
          t("subjects.kind"),
          t("subjects.role"),
          t("subjects.offices"),
          t("subjects.linkedTo"),
        ]}
      >
        {subjects.map((subject) => (
          <Table.Tr key={subject.id}>
            <Table.Td>
              <Group gap="xs">
                <Text fw={500}>{subject.name}</Text>
                {subject.restricted && <Badge color="red.9">{t("common.restricted")}</Badge>}
              </Group>
            </Table.Td>
            <Table.Td>{label("subjectKind", subject.kind)}</Table.Td>
            <Table.Td>{label("role", subject.role)}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {subject.occupancies.map((o) => (
                  <Text size="sm" key={o.id}>
                    {t("subjects.since", {
                      position: o.position,
                      institution: o.institution || "—",
                      country: state(o.country),
                      from: date(o.start_date),
                      to: o.end_date ? date(o.end_date) : t("subjects.present"),
                    })}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              {subject.related_to ? `${names.get(subject.related_to) ?? "…"}${subject.relationship ? ` (${subject.relationship})` : ""}` : "—"}
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
    </QueryState>
  );
}
