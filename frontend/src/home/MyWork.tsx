import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { CaseTable, useCases } from "../cases/CaseList";
import { QueryState, SectionCard } from "../common/ui";
import { DeadlineTable, useDeadlines } from "../deadlines/DeadlinesPage";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { NotificationItem, useNotifications } from "../notifications/NotificationsPage";
import { useTasks } from "../tasks/queries";
import { TaskCard } from "../tasks/TasksTab";

/** My work: my cases, deadlines due and overdue, unread notifications, in one glance. */
export function MyWork() {
  const { t } = useT();
  const cases = useCases({ status: "open" }, 10);
  const deadlines = useDeadlines(1, 10);
  const notifications = useNotifications(1, true, 5);
  const tasks = useTasks({ assignee: "me", status: ["open", "in_progress"] }, 10);
  return (
    <Stack>
      <Title order={1}>{t("home.title")}</Title>
      <SectionCard size="h3" title={t("home.myCases")}>
        <QueryState pending={cases.isPending} error={cases.error}>
          {cases.data?.results.length ? <CaseTable cases={cases.data.results} /> : <Text>{t("home.noCases")}</Text>}
        </QueryState>
        <AnchorLink to="/cases" mt="sm" size="sm">
          {t("home.allCases")}
        </AnchorLink>
      </SectionCard>
      <SimpleGrid cols={1}>
        <SectionCard size="h3" title={t("tasks.mine")}>
          <QueryState pending={tasks.isPending} error={tasks.error}>
            <Stack gap="xs">
              {tasks.data?.results.length ? (
                tasks.data.results.map((task) => <TaskCard key={task.id} task={task} team={[]} canEdit showCase />)
              ) : (
                <Text>{t("tasks.noMine")}</Text>
              )}
            </Stack>
          </QueryState>
        </SectionCard>
        <SectionCard size="h3" title={t("home.deadlines")}>
          <QueryState pending={deadlines.isPending} error={deadlines.error}>
            {deadlines.data?.results.length ? (
              <DeadlineTable deadlines={deadlines.data.results} />
            ) : (
              <Text>{t("home.noDeadlines")}</Text>
            )}
          </QueryState>
          <AnchorLink to="/deadlines" mt="sm" size="sm">
            {t("home.allDeadlines")}
          </AnchorLink>
        </SectionCard>
        <SectionCard size="h3" title={t("home.notifications")}>
          <QueryState pending={notifications.isPending} error={notifications.error}>
            <Stack gap="xs">
              {notifications.data?.results.length ? (
                notifications.data.results.map((n) => <NotificationItem key={n.id} item={n} />)
              ) : (
                <Text>{t("home.noNotifications")}</Text>
              )}
            </Stack>
          </QueryState>
          <AnchorLink to="/notifications" mt="sm" size="sm">
            {t("home.allNotifications")}
          </AnchorLink>
        </SectionCard>
      </SimpleGrid>
    </Stack>
  );
}
