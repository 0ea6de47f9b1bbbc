import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/client";
import { AnchorLink } from "../common/links";
import { QueryState } from "../common/ui";
import { useT } from "../i18n/locale";
import { groupByStatus, useCreateTask, useTasks, useUpdateTask, useWaiveTask, type Task } from "./queries";

export type Member = { id: string; name: string };

/** The case file's tasks, grouped by status; the team creates, assigns, completes and waives,
 * a partner state's liaison moves the tasks of its side along. */
export function TasksTab({ caseId, team, canEdit }: { caseId: string; team: Member[]; canEdit: boolean }) {
  const { t } = useT();
  const query = useTasks({ case: caseId });
  const tasks = query.data?.results ?? [];
  return (
    <Stack>
      {canEdit && <NewTask caseId={caseId} team={team} />}
      <QueryState pending={query.isPending} error={query.error} retry={() => void query.refetch()}>
        {tasks.length === 0 ? (
          <Text>{t("tasks.none")}</Text>
        ) : (
          groupByStatus(tasks)
            .filter(([, group]) => group.length > 0)
            .map(([status, group]) => (
              <section key={status} aria-labelledby={`tasks-${status}`}>
                <Title order={2} size="h4" id={`tasks-${status}`} mb="xs">
                  {t(`tasks.group.${status}`)} ({group.length})
                </Title>
                <Stack gap="xs">
                  {group.map((task) => (
                    <TaskCard key={task.id} task={task} team={team} canEdit={canEdit} />
                  ))}
                </Stack>
              </section>
            ))
        )}
      </QueryState>
    </Stack>
  );
}

function NewTask({ caseId, team }: { caseId: string; team: Member[] }) {
  const { t } = useT();
  const create = useCreateTask();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [assignee, setAssignee] = useState("");
  const [dueOn, setDueOn] = useState("");
  const error = create.error instanceof ApiError ? create.error : null;
  const fields = error?.fieldErrors() ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create.mutateAsync({
        case: caseId,
        title,
        description,
        assignee: assignee || null,
        due_on: dueOn || null,
      });
      setTitle("");
      setDescription("");
      setAssignee("");
      setDueOn("");
      setOpen(false);
    } catch {
      /* shown beside the fields */
    }
  }

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t("tasks.new")}</Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t("tasks.new")}>
      <Stack>
        {error && <Alert role="alert" color="red">{error.message}</Alert>}
        <TextInput label={t("tasks.title")} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
        <Textarea label={t("tasks.description")} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fields.description} />
        <NativeSelect
          label={t("tasks.assignee")}
          value={assignee}
          onChange={(e) => setAssignee(e.currentTarget.value)}
          error={fields.assignee}
          data={[{ value: "", label: t("tasks.nobody") }, ...team.map((m) => ({ value: m.id, label: m.name }))]}
        />
        <TextInput
          type="date"
          label={t("tasks.dueOn")}
          description={t("tasks.dueHelp")}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={fields.due_on}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("tasks.create")}
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)}>
            {t("tasks.cancel")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function TaskCard({ task, team, canEdit, showCase = false }: { task: Task; team: Member[]; canEdit: boolean; showCase?: boolean }) {
  const { t, date, label, state } = useT();
  const update = useUpdateTask();
  const waive = useWaiveTask();
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState("");
  const active = task.status === "open" || task.status === "in_progress";
  const failure = [update.error, waive.error].find((e) => e instanceof ApiError) as ApiError | undefined;
  const waiveFields = waive.error instanceof ApiError ? waive.error.fieldErrors() : {};
  const owner = task as Task & { case_reference?: string; asset_description?: string | null; waiver_reason?: string };
  const move = (changes: Parameters<typeof update.mutate>[0]["changes"]) => update.mutate({ task, changes });
  const canMove = canEdit || task.side === "partner";

  return (
    <Card withBorder padding="sm" data-testid="task">
      <Stack gap={6}>
        <Group justify="space-between" align="start">
          <Stack gap={2}>
            <Text fw={600}>{task.title}</Text>
            {showCase && owner.case_reference && <Text size="xs">{owner.case_reference}</Text>}
            {task.asset && owner.asset_description && (
              <Text size="sm">
                {t("tasks.asset")}:{" "}
                <AnchorLink to="/assets/$assetId" params={{ assetId: task.asset }}>
                  {owner.asset_description}
                </AnchorLink>
              </Text>
            )}
            {task.description && (
              <Text size="sm" c="gray.8">
                {task.description}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            {task.mandatory_before && <Badge color="orange.9">{t("tasks.mandatoryBefore", { act: label("action", task.mandatory_before) })}</Badge>}
            {task.overdue && <Badge color="red.9">{t("tasks.overdue")}</Badge>}
            {task.assigned_state && <Badge color="indigo.9">{t("tasks.partnerSide", { state: state(task.assigned_state) })}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          {t("tasks.assignee")}: {task.assignee_name ?? t("tasks.nobody")}
          {task.due_on ? ` · ${t("tasks.dueOn")}: ${date(task.due_on)}` : ""}
        </Text>
        {owner.waiver_reason && <Text size="sm">{t("tasks.waived", { reason: owner.waiver_reason })}</Text>}
        {failure && (
          <Alert role="alert" color="red">
            {failure.message}
          </Alert>
        )}
        {canMove && (
          <Group gap="xs">
            {task.status === "open" && (
              <Button size="xs" variant="outline" onClick={() => move({ status: "in_progress" })}>
                {t("tasks.start")}
              </Button>
            )}
            {active && (
              <Button size="xs" onClick={() => move({ status: "done" })} aria-label={`${t("tasks.complete")}: ${task.title}`}>
                {t("tasks.complete")}
              </Button>
            )}
            {task.status === "done" && (
              <Button size="xs" variant="subtle" onClick={() => move({ status: "open" })}>
                {t("tasks.reopen")}
              </Button>
            )}
            {canEdit && active && task.side === "team" && team.length > 0 && (
              <NativeSelect
                size="xs"
                aria-label={`${t("tasks.assign")}: ${task.title}`}
                value={task.assignee ?? ""}
                onChange={(e) => move({ assignee: e.currentTarget.value || null })}
                data={[{ value: "", label: t("tasks.nobody") }, ...team.map((m) => ({ value: m.id, label: m.name }))]}
              />
            )}
            {canEdit && active && task.mandatory_before && !waiving && (
              <Button size="xs" variant="outline" color="orange.9" onClick={() => setWaiving(true)}>
                {t("tasks.waive")}
              </Button>
            )}
          </Group>
        )}
        {waiving && (
          <Stack gap="xs">
            <Textarea label={t("tasks.waiveReason")} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={waiveFields.reason} />
            <Group gap="xs">
              <Button size="xs" color="orange.9" loading={waive.isPending} onClick={() => waive.mutate({ task, reason }, { onSuccess: () => setWaiving(false) })}>
                {t("tasks.waiveConfirm")}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setWaiving(false)}>
                {t("tasks.cancel")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
