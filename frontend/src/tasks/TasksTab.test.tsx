import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/locale";
import { theme } from "../theme";

const calls: { method: string; path: string; body?: unknown; headers?: unknown }[] = [];

const task = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  id,
  case: "c1",
  asset: "a1",
  mla_request: null,
  title: `Task ${id}`,
  description: "",
  assignee: null,
  assignee_name: null,
  side: "team",
  assigned_state: null,
  acting_state: "GB",
  due_on: "2027-03-17",
  status,
  overdue: false,
  mandatory_before: "",
  completed_at: null,
  version: 3,
  ...extra,
});

vi.mock("../api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../api/client")>();
  const answer = (status: number, body: unknown) => ({
    data: status < 300 ? body : undefined,
    error: status >= 300 ? body : undefined,
    response: new Response(null, { status }),
  });
  const rows = [
    task("1", "open", { mandatory_before: "confiscate", title: "Notify third parties" }),
    task("2", "in_progress"),
    task("3", "done"),
  ];
  return {
    ...actual,
    api: {
      GET: vi.fn(async () => answer(200, { count: rows.length, next: null, previous: null, results: rows })),
      PATCH: vi.fn(async (path: string, options: { body?: unknown; headers?: unknown }) => {
        calls.push({ method: "PATCH", path, body: options.body, headers: options.headers });
        return answer(200, {});
      }),
      POST: vi.fn(async (path: string, options: { body?: unknown }) => {
        calls.push({ method: "POST", path, body: options.body });
        return answer(200, {});
      }),
    },
  };
});

const { TasksTab } = await import("./TasksTab");

function renderTab(canEdit = true) {
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={new QueryClient()}>
        <LocaleProvider locale="en">
          <TasksTab caseId="c1" team={[{ id: "u1", name: "Alice Prosecutor" }]} canEdit={canEdit} />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe("the case file's tasks", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("groups the tasks by status and names the act a mandatory one holds back", async () => {
    renderTab();
    const open = (await screen.findByText("Notify third parties")).closest("section")!;
    expect(within(open).getByText("Open (1)")).toBeInTheDocument();
    expect(within(open).getByText("Required before: Confiscate")).toBeInTheDocument();
    const headings = [...document.querySelectorAll("section h2")].map((h) => h.textContent);
    expect(headings).toEqual(["Open (1)", "In progress (1)", "Done (1)"]);
  }, 20_000);

  it("completes a task with its version as If-Match", async () => {
    renderTab();
    await screen.findByText("Notify third parties");
    await userEvent.click(screen.getByRole("button", { name: "Mark done: Notify third parties" }));
    expect(calls).toContainEqual({
      method: "PATCH",
      path: "/api/v1/tasks/{id}/",
      body: { status: "done" },
      headers: { "If-Match": '"3"' },
    });
  }, 20_000);

  it("waives a mandatory task with the reason", async () => {
    renderTab();
    await screen.findByText("Notify third parties");
    await userEvent.click(screen.getByRole("button", { name: "Waive" }));
    fireEvent.change(screen.getByLabelText("Reason for the waiver"), { target: { value: "Heard in the freeze proceedings" } });
    await userEvent.click(screen.getByRole("button", { name: "Record the waiver" }));
    expect(calls.at(-1)).toMatchObject({ path: "/api/v1/tasks/{id}/waive/", body: { reason: "Heard in the freeze proceedings" } });
  }, 20_000);

  it("offers no team tools to a partner state", async () => {
    renderTab(false);
    await screen.findByText("Notify third parties");
    expect(screen.queryByRole("button", { name: "New task" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Waive" })).not.toBeInTheDocument();
  });
});
