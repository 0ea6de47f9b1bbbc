import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Schemas } from "../api/client";
import { fill, problem, renderInApp, user, type Answer } from "../test-render";

const calls: { path: string; body?: unknown }[] = [];
const VALUATIONS = {
  count: 2,
  next: null,
  previous: null,
  results: [
    { id: "v2", asset: "a1", valued_on: "2026-11-20", amount: { amount: "640000.00", currency: "CHF" }, method: "Sale price", recorded_at: "2026-11-20T10:00:00Z", recorded_by: { id: 1, username: "ana", name: "Ana Prosecutor" } },
    { id: "v1", asset: "a1", valued_on: "2026-06-01", amount: { amount: "500000.00", currency: "CHF" }, method: "Bank statement", recorded_at: "2026-06-02T10:00:00Z" },
  ],
};
let postAnswer: Answer = { status: 201, body: {} };

vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    calls,
    () => postAnswer,
    () => ({ status: 200, body: VALUATIONS }),
  ),
);

const { Valuations } = await import("./Valuations");

const asset = { id: "a1", case: "c1", description: "Villa, Geneva", jurisdiction: "CH", estimated_value: { amount: "640000.00", currency: "CHF" } } as unknown as Schemas["Asset"];

beforeEach(() => {
  calls.length = 0;
  postAnswer = { status: 201, body: {} };
});

describe("the asset's valuations", () => {
  it("lists each valuation with its date, amount and method", async () => {
    renderInApp(<Valuations asset={asset} team />);
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Nov 20, 2026");
    expect(rows[1]).toHaveTextContent("640,000.00");
    expect(rows[1]).toHaveTextContent("Sale price");
    expect(rows[1]).toHaveTextContent("Ana Prosecutor");
    expect(rows[2]).toHaveTextContent("Bank statement");
  }, 30_000);

  it("lets the team record one, and puts the API's error beside its field", async () => {
    renderInApp(<Valuations asset={asset} team />);
    await user.click(await screen.findByRole("button", { name: "Add a valuation" }));
    postAnswer = { status: 400, body: problem("valued_on", "future", "Not in the future.") };
    await fill(screen.getByLabelText(/^Valued on/), "2026-12-01");
    await fill(screen.getByLabelText(/^Amount/), "700000,50");
    await fill(screen.getByLabelText(/^Method or source/), "Surveyor's report");
    await user.click(screen.getByRole("button", { name: "Record the valuation" }));
    expect(await screen.findByText("Not in the future.")).toBeInTheDocument();
    expect(calls[0]).toEqual({
      path: "/api/v1/assets/{asset_id}/valuations/",
      body: { valued_on: "2026-12-01", amount: { amount: "700000.50", currency: "CHF" }, method: "Surveyor's report" },
    });
    postAnswer = { status: 201, body: {} };
    await user.click(screen.getByRole("button", { name: "Record the valuation" }));
    await vi.waitFor(() => expect(screen.queryByRole("button", { name: "Record the valuation" })).toBeNull());
    expect(calls).toHaveLength(2);
  }, 30_000);

  it("shows a partner's liaison the list without the form or who recorded it", async () => {
    renderInApp(<Valuations asset={asset} team={false} />);
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(table).not.toHaveTextContent("Recorded by");
    expect(screen.queryByRole("button", { name: "Add a valuation" })).toBeNull();
  }, 30_000);
});
