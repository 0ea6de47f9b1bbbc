import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Schemas } from "../api/client";
import { fill, problem, renderInApp, user } from "../test-render";

const calls: { path: string; body?: unknown }[] = [];
const answers: { status: number; body: unknown }[] = [];

vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(importOriginal, calls, () => answers.shift() ?? { status: 200, body: {} }),
);

const { MlaActDialog } = await import("./MlaActDialog");

const mla = {
  id: "m1",
  case: "c1",
  kind: "freeze",
  direction: "outgoing",
  requesting_state: "GB",
  requested_state: "CH",
  status: "acknowledged",
  allowed_actions: ["refuse", "postpone", "consult", "execute"],
} as unknown as Schemas["Mla"];

function renderDialog(action: Parameters<typeof MlaActDialog>[0]["action"], onClose = vi.fn()) {
  renderInApp(<MlaActDialog mla={mla} action={action} onClose={onClose} />);
  return onClose;
}

beforeEach(() => {
  calls.length = 0;
  answers.length = 0;
});

describe("the MLA act dialog", () => {
  it("asks a refusal for its grounds, and records a consultation when the API asks for one first", async () => {
    const consult = "Consult the requesting state first (action `consult`): UNCAC 46(26).";
    answers.push({ status: 400, body: problem("action", "consultation_required", consult) });
    const onClose = renderDialog("refuse");
    await user.click(screen.getByLabelText("UNCAC 46(21): grounds for refusal"));
    await fill(screen.getByLabelText(/^Reasons/), "Essential interests.");
    await user.click(screen.getByRole("button", { name: "Record" }));
    const alert = await screen.findByTestId("consultation-required");
    expect(alert).toHaveTextContent("A consultation of the requesting state is required first.");
    expect(alert).toHaveTextContent(consult);
    expect(screen.getByLabelText(/^Reasons/)).toHaveValue("Essential interests.");
    expect(calls[0]!.body).toEqual({ action: "refuse", reason: "Essential interests.", refusal_grounds: ["uncac_46_21"] });

    await fill(screen.getByLabelText(/^What was discussed/), "Call with the central authority.");
    await user.click(screen.getByRole("button", { name: "Record the consultation" }));
    await screen.findByText("Consultation recorded: record the act again.");
    expect(calls[1]!.body).toEqual({ action: "consult", note: "Call with the central authority." });
    expect(screen.getByLabelText("UNCAC 46(21): grounds for refusal")).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Record" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[2]!.body).toEqual(calls[0]!.body);
  }, 30_000);

  it("shows the API's field errors beside the fields", async () => {
    answers.push({ status: 400, body: problem("reply_due_on", "required", "When is the reply due?") });
    renderDialog("request_info");
    const due = screen.getByLabelText(/^Further information due by/);
    expect(due).toBeRequired();
    await fill(screen.getByLabelText(/^Note/), "Bank statements for 2024.");
    await user.click(screen.getByRole("button", { name: "Record" }));
    expect(await screen.findByText("When is the reply due?")).toBeInTheDocument();
    expect(due).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("The act was not recorded");
  }, 30_000);

  it("bounds an acknowledgement's date by today", () => {
    renderDialog("acknowledge");
    const input = screen.getByLabelText(/^Date received and acknowledged/);
    expect(input).toHaveAttribute("type", "date");
    expect(input.getAttribute("max")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByText("Grounds of refusal")).toBeNull();
  });
});
