import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../api/client";

export type Task = Schemas["Task"];
export type TaskStatus = Task["status"];
export const TASK_STATUSES: TaskStatus[] = ["open", "in_progress", "done", "cancelled"];

export type TaskFilters = { case?: string; assignee?: string; status?: TaskStatus[]; overdue?: boolean };

export const tasksKey = (filters: TaskFilters) => ["/api/v1/tasks/", filters] as const;

/** One page of tasks (at most 200: a case's tasks, or mine). */
export function useTasks(filters: TaskFilters, pageSize = 200) {
  return useQuery({
    queryKey: tasksKey(filters),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tasks/", { params: { query: { ...filters, page_size: pageSize } as never } })),
  });
}

/** If-Match for the owning state (its version); partners are shown no version and send none. */
export function ifMatch(task: Task): Record<string, string> {
  const version = (task as { version?: number }).version;
  return version === undefined ? {} : { "If-Match": `"${version}"` };
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["/api/v1/tasks/"] });
}

export function useCreateTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: Schemas["TaskCreateRequest"]) => unwrap(await api.POST("/api/v1/tasks/", { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ task, changes }: { task: Task; changes: Schemas["PatchedTaskUpdateRequest"] }) =>
      unwrap(
        await api.PATCH("/api/v1/tasks/{id}/", {
          params: { path: { id: task.id } },
          headers: ifMatch(task),
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useWaiveTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ task, reason }: { task: Task; reason: string }) =>
      unwrap(
        await api.POST("/api/v1/tasks/{id}/waive/", {
          params: { path: { id: task.id } },
          headers: ifMatch(task),
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Tasks grouped by status, in the order work moves. */
export function groupByStatus(tasks: Task[]): [TaskStatus, Task[]][] {
  return TASK_STATUSES.map((status) => [status, tasks.filter((task) => task.status === status)]);
}
