import { Badge, Button, Group, SimpleGrid, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { Schemas } from "../api/client";
import { AssetsTab } from "../assets/AssetsTab";
import { isOwningTeam, useSession } from "../auth/session";
import { Loading, QueryState, SectionCard, StatusBadge } from "../common/ui";
import { useT } from "../i18n/locale";
import { MlaTab } from "../mla/MlaTab";
import { ActivityTab } from "./ActivityTab";
import { CaseEdit } from "./CaseForm";
import { DocumentsTab } from "./DocumentsTab";
import { useCase } from "./queries";
import { SharingTab } from "./SharingTab";
import { SubjectsTab } from "./SubjectsTab";
import { TasksTab } from "../tasks/TasksTab";
import { ProceedsTab } from "../proceeds/ProceedsTab";

import { CASE_TABS, CASE_VIEWS, type CasePage, type CaseTab, type CaseView } from "./tabs";
import { AnchorLink } from "../common/links";
import { lazy, Suspense } from "react";

// The pictures load with their tab only.
const LinkChart = lazy(() => import("../chart/LinkChart").then((m) => ({ default: m.LinkChart })));
const CaseTimeline = lazy(() => import("../timeline/CaseTimeline").then((m) => ({ default: m.CaseTimeline })));
const TAB_LABELS = {
  overview: "tabs.overview",
  subjects: "tabs.subjects",
  assets: "tabs.assets",
  "mla-requests": "tabs.mla",
  documents: "tabs.documents",
  tasks: "tabs.tasks",
  proceeds: "tabs.proceeds",
  activity: "tabs.activity",
  sharing: "tabs.sharing",
} as const;

const VIEW_LABELS = { chart: "tabs.chart", timeline: "tabs.timeline" } as const;

export function CaseFile({ caseId, tab }: { caseId: string; tab: CasePage }) {
  const { t } = useT();
  const { me } = useSession();
  const navigate = useNavigate();
  const query = useCase(caseId);
  const item = query.data?.data;
  const team = item ? isOwningTeam(me, item) : false;
  const tabs = CASE_TABS.filter((name) => name !== "sharing" || team);
  const view = (CASE_VIEWS as readonly string[]).includes(tab) ? (tab as CaseView) : null;
  const active: CaseTab = tabs.includes(tab as CaseTab) ? (tab as CaseTab) : "overview";

  return (
    <QueryState pending={query.isPending} error={query.error} retry={() => void query.refetch()}>
      {item && (
        <Stack>
          <Group justify="space-between" align="start">
            <div>
              <Title order={1}>{item.reference}</Title>
              <Text size="lg">{item.title}</Text>
            </div>
            <StatusBadge group="status" value={item.status} />
          </Group>
          <Group gap="md">
            {view && (
              <AnchorLink to="/cases/$caseId" params={{ caseId }}>
                ← {t("tabs.label")}
              </AnchorLink>
            )}
            {CASE_VIEWS.map((name) => (
              <AnchorLink
                key={name}
                to="/cases/$caseId/$tab"
                params={{ caseId, tab: name }}
                aria-current={view === name ? "page" : undefined}
                fw={view === name ? 700 : undefined}
              >
                {t(VIEW_LABELS[name])}
              </AnchorLink>
            ))}
          </Group>
          {view === "chart" && (
            <Suspense fallback={<Loading />}>
              <Title order={2}>{t("tabs.chart")}</Title>
              <LinkChart caseId={caseId} />
            </Suspense>
          )}
          {view === "timeline" && (
            <Suspense fallback={<Loading />}>
              <Title order={2}>{t("tabs.timeline")}</Title>
              <CaseTimeline caseId={caseId} />
            </Suspense>
          )}
          {!view && (
          <Tabs
            value={active}
            onChange={(value) => {
              if (!value) return;
              void navigate(
                value === "overview"
                  ? { to: "/cases/$caseId", params: { caseId } }
                  : { to: "/cases/$caseId/$tab", params: { caseId, tab: value } },
              );
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t("tabs.label")}>
              {tabs.map((name) => (
                <Tabs.Tab key={name} value={name}>
                  {t(TAB_LABELS[name])}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="overview" pt="md">
              <Overview item={item} etag={query.data?.etag ?? null} canEdit={team} />
            </Tabs.Panel>
            <Tabs.Panel value="subjects" pt="md">
              <SubjectsTab caseId={caseId} canDecide={team} />
            </Tabs.Panel>
            <Tabs.Panel value="assets" pt="md">
              <AssetsTab
                caseId={caseId}
                canEdit={team}
                caseOffence={item.offence_category}
                caseTier={item.uncac_art57_tier || undefined}
              />
            </Tabs.Panel>
            <Tabs.Panel value="mla-requests" pt="md">
              <MlaTab caseId={caseId} canDraft={team} />
            </Tabs.Panel>
            <Tabs.Panel value="documents" pt="md">
              <DocumentsTab caseId={caseId} canUpload={team} />
            </Tabs.Panel>
            <Tabs.Panel value="tasks" pt="md">
              <TasksTab caseId={caseId} team={teamMembers(item)} canEdit={team} />
            </Tabs.Panel>
            <Tabs.Panel value="proceeds" pt="md">
              <ProceedsTab caseId={caseId} canEdit={team} />
            </Tabs.Panel>
            <Tabs.Panel value="activity" pt="md">
              <ActivityTab caseId={caseId} />
            </Tabs.Panel>
            {team && (
              <Tabs.Panel value="sharing" pt="md">
                <SharingTab caseId={caseId} />
              </Tabs.Panel>
            )}
          </Tabs>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** The case's team (lead first), to whom its tasks are assigned; a partner is shown none. */
function teamMembers(item: Schemas["CaseDetail"]) {
  const people = [item.lead_prosecutor, ...(item.team ?? [])];
  const seen = new Set<string>();
  return people
    .filter((p) => !seen.has(p.id) && (seen.add(p.id), true))
    .map((p) => ({ id: p.id, name: p.name || p.username }));
}


const FIGURES = ["frozen", "seized", "confiscated", "returned", "deducted_expenses", "outstanding"] as const;

function Overview({ item, etag, canEdit }: { item: Schemas["CaseDetail"]; etag: string | null; canEdit: boolean }) {
  const { t, state, label, date, money } = useT();
  const [editing, setEditing] = useState(false);
  if (editing) return <CaseEdit current={item} etag={etag} onDone={() => setEditing(false)} />;
  return (
    <Stack>
      {canEdit && (
        <Group>
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t("cases.edit")}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard size="h4" title={t("overview.details")}>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Row name={t("cases.owner")} value={state(item.owner_state)} />
              <Row name={t("cases.origin")} value={state(item.origin_state)} />
              <Row name={t("cases.offence")} value={label("offence", item.offence_category)} />
              <Row name={t("cases.opened")} value={date(item.opened_on)} />
              <Row name={t("cases.lead")} value={item.lead_prosecutor.name || item.lead_prosecutor.username} />
              {item.uncac_art57_tier !== undefined && <Row name={t("overview.tier")} value={item.uncac_art57_tier || "—"} />}
            </Table.Tbody>
          </Table>
          {item.summary && (
            <Text mt="sm" style={{ whiteSpace: "pre-wrap" }}>
              {item.summary}
            </Text>
          )}
        </SectionCard>
        <SectionCard size="h4" title={t("overview.recovery")}>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {FIGURES.map((figure) => (
                <Row
                  key={figure}
                  name={t(`recovery.${figure}`)}
                  value={item.recovery[figure].length ? item.recovery[figure].map((m) => money(m)).join(" · ") : t("recovery.none")}
                />
              ))}
            </Table.Tbody>
          </Table>
        </SectionCard>
        {item.team && (
          <SectionCard size="h4" title={t("overview.team")}>
            <Group gap="xs">
              {item.team.map((member) => (
                <Badge key={member.id} color="dark.6">
                  {member.name || member.username}
                </Badge>
              ))}
            </Group>
          </SectionCard>
        )}
        {item.jurisdictions && (
          <SectionCard size="h4" title={t("overview.jurisdictions")}>
            <Group gap="xs">
              {item.jurisdictions.map((j) => (
                <Badge key={`${j.state}-${j.role}`} variant="outline" color="dark">
                  {state(j.state)} · {j.role.replace(/_/g, " ")}
                </Badge>
              ))}
            </Group>
          </SectionCard>
        )}
        {item.internal_notes !== undefined && item.internal_notes !== "" && (
          <SectionCard size="h4" title={t("cases.internalNotes")}>
            <Text style={{ whiteSpace: "pre-wrap" }}>{item.internal_notes}</Text>
          </SectionCard>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function Row({ name, value }: { name: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w="45%">{name}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}
