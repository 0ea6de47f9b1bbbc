import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fill, renderInApp, user } from "../test-render";

const calls: { path: string; body?: unknown }[] = [];
let createAnswer: { status: number; body: unknown } = { status: 201, body: { id: "m1" } };
const navigate = vi.fn();

vi.mock("@tanstack/react-router", () => ({ useNavigate: () => navigate }));
vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    calls,
    () => createAnswer,
    (path) =>
      path === "/api/v1/cases/{id}/"
        ? { status: 200, body: { id: "c1", owner_state: "GB", jurisdictions: [] } }
        : { status: 200, body: { count: 0, next: null, previous: null, results: [] } },
  ),
);

const { MlaDraftForm } = await import("./MlaDraftForm");
function renderForm(onClose = vi.fn()) {
  renderInApp(<MlaDraftForm caseId="c1" onClose={onClose} />);
  return onClose;
}

beforeEach(() => {
  calls.length = 0;
  navigate.mockReset();
  createAnswer = { status: 201, body: { id: "m1" } };
});

describe("the MLA draft form", () => {
  it("drafts an outgoing request to the requested state, with the requested authority's subdivision", async () => {
    const onClose = renderForm();
    expect(screen.getByLabelText(/^Direction/)).toHaveValue("outgoing");
    await user.type(screen.getByLabelText(/^Requested state\s*\*?$/), "ch");
    await fill(screen.getByLabelText(/^Requested authority's subdivision/), "zh");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]!.body).toMatchObject({ case: "c1", direction: "outgoing", requested_state: "CH", requested_subdivision: "ZH" });
    expect(calls[0]!.body).not.toHaveProperty("requesting_state");
  }, 30_000);

  it("records an incoming request from the requesting state, and puts the API's error beside it", async () => {
    createAnswer = {
      status: 400,
      body: {
        status: 400,
        title: "Bad Request",
        detail: "Invalid input.",
        errors: [{ attr: "requesting_state", code: "same_state", detail: "A state does not ask itself." }],
      },
    };
    renderForm();
    await user.selectOptions(screen.getByLabelText(/^Direction/), "incoming");
    expect(screen.queryByLabelText(/^Requested state\s*\*?$/)).toBeNull();
    const requesting = screen.getByLabelText(/^Requesting state\s*\*?$/);
    await user.type(requesting, "gb");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(await screen.findByText("A state does not ask itself.")).toBeInTheDocument();
    expect(requesting).toHaveAttribute("aria-invalid", "true");
    expect(requesting).toHaveValue("gb");
    expect(calls[0]!.body).toMatchObject({ direction: "incoming", requesting_state: "GB" });
    expect(calls[0]!.body).not.toHaveProperty("requested_state");
    expect(calls[0]!.body).not.toHaveProperty("requested_subdivision");
    expect(screen.getByLabelText("Share the case with the requesting state")).toBeInTheDocument();
  }, 30_000);
});
