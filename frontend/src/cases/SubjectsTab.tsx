import { Badge, Button, Card, CloseButton, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { api, unwrap } from "../api/client";
import { ListTable, PAGE_SIZE, Pages, QueryState } from "../common/ui";
import { useT } from "../i18n/locale";
import { MatchList } from "../matching/MatchList";
import { useTabPage } from "./useTabPage";

/** The case's subjects; a subject's matches in other cases open beside the list
 * (`?subject=<id>`, a deep link), where the case team (`canDecide`) decides on them. */
export function SubjectsTab({ caseId, canDecide }: { caseId: string; canDecide: boolean }) {
  const { t, label, state, date } = useT();
  const [page, setPage] = useTabPage();
  const navigate = useNavigate();
  const selected = (useSearch({ strict: false }) as { subject?: string }).subject;
  const showMatches = (subject: string | undefined) =>
    void navigate({ to: ".", search: (previous: Record<string, unknown>) => ({ ...previous, subject }) } as never);
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
          t("matches.open"),
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
            <Table.Td>
              <Button
                size="xs"
                variant={selected === subject.id ? "filled" : "outline"}
                aria-label={t("matches.openFor", { name: subject.name })}
                aria-pressed={selected === subject.id}
                onClick={() => showMatches(subject.id)}
              >
                {t("matches.open")}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Pages count={query.data?.count ?? 0} page={page} onChange={setPage} />
      {selected && (
        <SubjectMatches
          subjectId={selected}
          name={names.get(selected)}
          canDecide={canDecide}
          onClose={() => showMatches(undefined)}
        />
      )}
    </QueryState>
  );
}

function SubjectMatches({ subjectId, name, canDecide, onClose }: { subjectId: string; name?: string; canDecide: boolean; onClose: () => void }) {
  const { t } = useT();
  const section = useRef<HTMLElement>(null);
  // Opened from a row far down the list: bring the matches into view. (A block body: chromium's
  // scrollIntoView answers a promise, which React would take for the effect's cleanup.)
  useEffect(() => {
    void section.current?.scrollIntoView?.({ block: "nearest" });
  }, [subjectId]);
  return (
    <Card withBorder mt="md" component="section" ref={section} aria-labelledby="subject-matches">
      <Group justify="space-between" align="start" mb="sm">
        <Title order={2} size="h4" id="subject-matches">
          {name ? t("matches.titleFor", { name }) : t("matches.title")}
        </Title>
        <CloseButton aria-label={t("matches.close")} onClick={onClose} />
      </Group>
      <MatchList kind="subject" recordId={subjectId} canDecide={canDecide} />
    </Card>
  );
}
