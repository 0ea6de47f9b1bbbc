import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, downloadUrl, unwrap, type Schemas } from "../api/client";
import { isOwningTeam, useSession } from "../auth/session";
import { QueryState, StatusBadge } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { UploadForm } from "../cases/DocumentsTab";
import { useCase } from "../cases/queries";
import { MlaActDialog } from "./MlaActDialog";
import { allowedMlaActs, clockOf, daysUntil, moveDueOn, movingState, todayIso, type MlaAction } from "./mlaRules";

type Mla = Schemas["Mla"];

export function MlaPage({ mlaId }: { mlaId: string }) {
  const { t, label, state, date, dateTime } = useT();
  const { me } = useSession();
  const [open, setOpen] = useState<MlaAction | null>(null);
  const mla = useQuery({
    queryKey: ["/api/v1/mla-requests/{id}/", mlaId],
    queryFn: async () => unwrap(await api.GET("/api/v1/mla-requests/{id}/", { params: { path: { id: mlaId } } })),
  });
  const steps = useQuery({
    queryKey: ["/api/v1/mla-requests/{request_id}/transitions/", mlaId],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/mla-requests/{request_id}/transitions/", { params: { path: { request_id: mlaId } } })),
  });
  const documents = useQuery({
    queryKey: ["/api/v1/documents/", { mla_request: mlaId }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/documents/", { params: { query: { mla_request: mlaId, page_size: 100 } } })),
  });
  const caseQuery = useCase(mla.data?.case ?? "");
  const item = mla.data;
  const team = caseQuery.data ? isOwningTeam(me, caseQuery.data.data) : false;
  const answering = !!item && me?.role === "liaison" && me.state.code === item.requested_state;
  const acts = item ? allowedMlaActs(item) : [];
  const mover = item ? movingState(item) : null;
  const moveBy = item ? moveDueOn(item) : null;
  const days = moveBy ? daysUntil(moveBy, todayIso()) : null;

  return (
    <QueryState pending={mla.isPending} error={mla.error}>
      {item && (
        <Stack>
          <AnchorLink to="/cases/$caseId/$tab" params={{ caseId: item.case, tab: "mla-requests" }} size="sm">
            ← {item.case_reference}
          </AnchorLink>
          <Group justify="space-between" align="start">
            <Title order={1}>
              {t("mla.title")}: {label("mlaKind", item.kind)}
            </Title>
            <Group gap="xs">
              <DirectionBadge direction={item.direction} />
              <StatusBadge group="mlaStatus" value={item.status} />
            </Group>
          </Group>
          <Alert color={item.overdue ? "red" : mover ? "blue" : "gray"} variant="light" data-testid="whose-move">
            {mover ? (
              <Text>
                {me?.state.code === mover ? t("mla.yourMove") : t("mla.theirMove", { state: state(mover) })}
                {moveBy ? ` ${t("mla.byWhen", { date: date(moveBy) })}` : ""}
                {days !== null ? ` (${days < 0 ? t("mla.daysLate", { days: -days }) : t("mla.daysLeft", { days })})` : ""}
              </Text>
            ) : (
              <Text>{t("mla.closed", { date: date(item.closed_on) })}</Text>
            )}
          </Alert>
          <ClockLine mla={item} />
          {acts.length > 0 && (
            <Group gap="xs">
              {acts.map((action) => (
                <Button
                  key={action}
                  variant={action === "withdraw" || action === "refuse" ? "default" : "light"}
                  onClick={() => setOpen(action)}
                >
                  {t(`mlaAction.${action}`)}
                </Button>
              ))}
            </Group>
          )}
          <Card withBorder>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <Row name={t("mla.requesting")} value={state(item.requesting_state)} />
                <Row name={t("mla.requested")} value={state(item.requested_state)} />
                {item.requested_subdivision && <Row name={t("mla.requestedSubdivision")} value={item.requested_subdivision} />}
                <Row name={t("mla.channel")} value={label("channel", item.channel)} />
                <Row name={t("mla.requestingReference")} value={item.requesting_reference || "—"} />
                <Row name={t("mla.requestedReference")} value={item.requested_reference || "—"} />
                <Row name={t("mla.sent")} value={date(item.sent_on)} />
                <Row name={t("mla.due")} value={date(item.due_on)} />
                <Row name={t("mla.acknowledged")} value={date(item.acknowledged_on)} />
                {item.clock_stopped_on && <Row name={t("mla.stoppedSince")} value={date(item.clock_stopped_on)} />}
                {item.reply_due_on && <Row name={t("mla.replyDue")} value={date(item.reply_due_on)} />}
                {item.refusal_grounds.length > 0 && (
                  <Row name={t("mla.refusalGrounds")} value={item.refusal_grounds.map((g) => label("refusalGround", g)).join("\n")} />
                )}
                {item.refusal_reason && <Row name={t("mla.refusalReason")} value={item.refusal_reason} />}
                {item.postponement_reason && <Row name={t("mla.postponementReason")} value={item.postponement_reason} />}
                {item.confidentiality_conditions && <Row name={t("mla.confidentiality")} value={item.confidentiality_conditions} />}
                {item.speciality_conditions && <Row name={t("mla.speciality")} value={item.speciality_conditions} />}
              </Table.Tbody>
            </Table>
            {item.description && (
              <Text mt="sm" style={{ whiteSpace: "pre-wrap" }}>
                {item.description}
              </Text>
            )}
          </Card>
          <Title order={2} size="h3">
            {t("mla.history")}
          </Title>
          <QueryState pending={steps.isPending} error={steps.error}>
            {steps.data?.results.length ? (
              <Timeline bulletSize={16} lineWidth={2} active={steps.data.results.length - 1} color="indigo.9">
                {steps.data.results.map((step) => (
                  <Timeline.Item
                    key={step.id}
                    title={
                      <Text fw={600} component="span">
                        {t(`mlaAction.${step.action as MlaAction}`)}
                        {step.from_status !== step.to_status ? ` → ${label("mlaStatus", step.to_status)}` : ""}
                      </Text>
                    }
                  >
                    <Text size="sm" c="gray.8">
                      {dateTime(step.performed_at)} · {state(step.performed_by.state)}
                      {step.performed_by.name ? ` · ${step.performed_by.name}` : ""}
                    </Text>
                    {step.reason && (
                      <Text size="sm">
                        {t("mla.reason")}: {step.reason}
                      </Text>
                    )}
                    {step.note && (
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {step.note}
                      </Text>
                    )}
                  </Timeline.Item>
                ))}
              </Timeline>
            ) : (
              <Text>{t("mla.noSteps")}</Text>
            )}
          </QueryState>
          <Title order={2} size="h3">
            {t("mla.documents")}
          </Title>
          <QueryState pending={documents.isPending} error={documents.error}>
            {documents.data?.results.length ? (
              <Stack gap={4}>
                {documents.data.results.map((doc) => (
                  <Text key={doc.id} size="sm">
                    <Anchor href={downloadUrl(doc.id)} download aria-label={t("documents.download", { title: doc.title })}>
                      {doc.title}
                    </Anchor>{" "}
                    · {label("docKind", doc.kind)} · {dateTime(doc.uploaded_at)}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text>{t("documents.none")}</Text>
            )}
          </QueryState>
          {(answering || team) && item.status !== "draft" && (
            <UploadForm caseId={item.case} mlaRequest={item.id} canRestrict={team} heading={t("mla.attach")} />
          )}
          {open && <MlaActDialog mla={item} action={open} onClose={() => setOpen(null)} />}
        </Stack>
      )}
    </QueryState>
  );
}

/** Outgoing or incoming, as a badge (the case's state asks, or is asked). */
export function DirectionBadge({ direction }: { direction: Mla["direction"] }) {
  const { t } = useT();
  return (
    <Badge variant="outline" color={direction === "incoming" ? "grape.9" : "indigo.9"} data-testid="mla-direction">
      {t(`direction.${direction}`)}
    </Badge>
  );
}

/** The requested state's clock: running towards the due date, or stopped since a date while
 * information is awaited (with the reply's own due date) or execution postponed. */
function ClockLine({ mla }: { mla: Mla }) {
  const { t, date } = useT();
  const clock = clockOf(mla);
  if (clock.kind === "none") return null;
  return (
    <Text size="sm" data-testid="mla-clock">
      <Text span fw={600}>
        {t("mla.clock")}:
      </Text>{" "}
      {clock.kind === "running"
        ? clock.dueOn
          ? t("mla.clockRunning", { date: date(clock.dueOn) })
          : t("mla.clockRunningNoDate")
        : clock.why === "info_requested"
          ? t("mla.clockStoppedInfo", { date: date(clock.since) })
          : t("mla.clockStoppedPostponed", { date: date(clock.since) })}
      {clock.kind === "stopped" && clock.replyDueOn ? ` ${t("mla.clockReplyDue", { date: date(clock.replyDueOn) })}` : ""}
    </Text>
  );
}

function Row({ name, value }: { name: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w="40%">{name}</Table.Th>
      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{value}</Table.Td>
    </Table.Tr>
  );
}
