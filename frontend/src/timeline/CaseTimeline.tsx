import { Badge, Group, NativeSelect, Stack, Text, Timeline } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { api, unwrap } from "../api/client";
import { QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { assembleTimeline, filterTimeline, type TimelineEvent } from "./assemble";

const KIND_COLOR: Record<TimelineEvent["kind"], string> = {
  office_start: "orange.9",
  office_end: "orange.9",
  order: "blue.9",
  act: "blue.9",
  freeze_expiry: "red.9",
  mla_step: "indigo.9",
  mla_due: "indigo.9",
  document: "gray.8",
  task: "teal.9",
};

const ALL = { query: { page_size: 200 } };

export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t, label, state, date } = useT();
  const search = useSearch({ strict: false }) as { subject?: string; asset?: string };
  const navigate = useNavigate();
  const subjects = useQuery({
    queryKey: ["/api/v1/subjects/", { case: caseId, all: true }],
    queryFn: async () => unwrap(await api.GET("/api/v1/subjects/", { params: { query: { case: caseId, ...ALL.query } } })),
  });
  const assets = useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, all: true }],
    queryFn: async () => unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, ...ALL.query } } })),
  });
  const requests = useQuery({
    queryKey: ["/api/v1/mla-requests/", { case: caseId, all: true }],
    queryFn: async () => unwrap(await api.GET("/api/v1/mla-requests/", { params: { query: { case: caseId, ...ALL.query } } })),
  });
  const documents = useQuery({
    queryKey: ["/api/v1/documents/", { case: caseId, all: true }],
    queryFn: async () => unwrap(await api.GET("/api/v1/documents/", { params: { query: { case: caseId, ...ALL.query } } })),
  });
  const tasks = useQuery({
    queryKey: ["/api/v1/tasks/", { case: caseId, all: true }],
    queryFn: async () => unwrap(await api.GET("/api/v1/tasks/", { params: { query: { case: caseId, ...ALL.query } } })),
  });
  const acts = useQueries({
    queries: (assets.data?.results ?? []).map((asset) => ({
      queryKey: ["/api/v1/assets/{asset_id}/transitions/", asset.id],
      queryFn: async () =>
        unwrap(await api.GET("/api/v1/assets/{asset_id}/transitions/", { params: { path: { asset_id: asset.id }, query: { page_size: 200 } as never } })),
    })),
  });
  const steps = useQueries({
    queries: (requests.data?.results ?? []).map((request) => ({
      queryKey: ["/api/v1/mla-requests/{request_id}/transitions/", request.id],
      queryFn: async () =>
        unwrap(await api.GET("/api/v1/mla-requests/{request_id}/transitions/", { params: { path: { request_id: request.id } } })),
    })),
  });
  const base = [subjects, assets, requests, documents, tasks];
  const pending = base.some((q) => q.isPending) || acts.some((q) => q.isPending) || steps.some((q) => q.isPending);
  const error = base.find((q) => q.error)?.error ?? null;
  const events =
    pending || error
      ? []
      : filterTimeline(
          assembleTimeline(
            {
              subjects: subjects.data!.results,
              assets: assets.data!.results,
              acts: Object.fromEntries(assets.data!.results.map((a, i) => [a.id, acts[i]?.data?.results ?? []])),
              requests: requests.data!.results,
              steps: Object.fromEntries(requests.data!.results.map((r, i) => [r.id, steps[i]?.data?.results ?? []])),
              documents: documents.data!.results,
              tasks: tasks.data!.results,
            },
            {
              action: (a) => label("action", a),
              mlaStep: (a) => label("mlaAction", a),
              mlaKind: (k) => label("mlaKind", k),
              state,
              tookOffice: (p) => t("timeline.tookOffice", { position: p }),
              leftOffice: (p) => t("timeline.leftOffice", { position: p }),
              freezeExpires: t("deadlineKind.freeze_expiry"),
              mlaDue: t("deadlineKind.mla_response"),
              document: t("timeline.document"),
              taskDue: t("timeline.taskDue"),
              taskDone: t("timeline.taskDone"),
            },
          ),
          search,
        );
  const setFilter = (patch: { subject?: string; asset?: string }) =>
    void navigate({
      to: "/cases/$caseId/$tab",
      params: { caseId, tab: "timeline" },
      search: Object.fromEntries(Object.entries({ ...search, ...patch }).filter(([, v]) => v)),
    });
  const today = new Date().toISOString().slice(0, 10);
  const past = events.filter((e) => e.date <= today).length;
  return (
    <Stack>
      <Group align="end">
        <NativeSelect
          label={t("timeline.subject")}
          value={search.subject ?? ""}
          onChange={(e) => setFilter({ subject: e.currentTarget.value })}
          data={[{ value: "", label: t("timeline.everyone") }, ...(subjects.data?.results ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        />
        <NativeSelect
          label={t("timeline.asset")}
          value={search.asset ?? ""}
          onChange={(e) => setFilter({ asset: e.currentTarget.value })}
          data={[{ value: "", label: t("timeline.everyAsset") }, ...(assets.data?.results ?? []).map((a) => ({ value: a.id, label: a.description }))]}
        />
      </Group>
      <QueryState pending={pending} error={error}>
        {events.length === 0 ? (
          <Text>{t("timeline.none")}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={past - 1} color="blue.9" data-testid="case-timeline">
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                color={KIND_COLOR[event.kind]}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={700} component="span" style={{ whiteSpace: "nowrap" }}>
                      {date(event.date)}
                    </Text>
                    {event.link ? (
                      <AnchorLink {...(event.link as { to: "/assets/$assetId"; params: { assetId: string } })} size="sm">
                        {event.title}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" component="span">
                        {event.title}
                      </Text>
                    )}
                    {event.date > today && (
                      <Badge size="sm" variant="outline" color="dark">
                        {t("timeline.upcoming")}
                      </Badge>
                    )}
                  </Group>
                }
              >
                {event.detail && (
                  <Text size="xs" c="gray.8">
                    {event.detail}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </QueryState>
    </Stack>
  );
}
