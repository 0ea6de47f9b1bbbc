import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Schemas } from "../api/client";
import { fill, renderInApp, user } from "../test-render";
import type { OpenAct } from "./actRules";

const calls: { path: string; body?: unknown }[] = [];
const ORDERS = [
  { id: "ch", kind: "freeze", authority: "Federal Criminal Court", jurisdiction: "CH", subdivision: "", reference: "CH-URG-1", issued_on: "2026-12-01", issued_at: "10:00:00", expires_on: null, term_hours: 48, renews: null, status: "in_force", in_force: true, lapses_at: "2026-12-03T09:00:00Z", ended_by_act: null },
  { id: "gb", kind: "freeze", authority: "Crown Court", jurisdiction: "GB", subdivision: "", reference: "GB-RO-7", issued_on: "2026-11-30", issued_at: null, expires_on: null, term_hours: null, renews: null, status: "in_force", in_force: true, lapses_at: null, ended_by_act: null },
];

vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    calls,
    () => ({ status: 200, body: {} }),
    (path) => ({ status: 200, body: path.includes("restraint-orders") ? ORDERS : {} }),
  ),
);

const { ActDialog } = await import("./ActDialog");

const asset = { id: "a1", case: "c1", description: "Numbered account, Zurich", jurisdiction: "CH", estimated_value: { amount: "1.00", currency: "CHF" } } as unknown as Schemas["Asset"];
const act = (action: OpenAct["action"], requires: string[], carries: string[]): OpenAct => ({
  action,
  to_stage: null,
  meaning: "",
  requires: requires.map((name) => ({ name, description: name })),
  carries: ["action", ...carries],
  bulk: false,
});

async function typeOrder(reference: string) {
  await fill(screen.getByLabelText(/^Issuing authority/), "Federal Criminal Court");
  await fill(screen.getByLabelText(/^Order reference/), reference);
  await fill(screen.getByLabelText(/^Issued on/), "2026-12-02");
}

beforeEach(() => {
  calls.length = 0;
});

describe("the act dialog (issue 19)", () => {
  it("records a 48-hour urgent freeze with its time of issue", async () => {
    const onClose = vi.fn();
    renderInApp(<ActDialog act={act("freeze", ["order", "order_term", "further_order"], ["amount", "note", "order"])} assets={[asset]} onClose={onClose} />);
    expect(screen.getByLabelText(/^Expires on/)).toBeInTheDocument();
    await user.click(screen.getByLabelText("Hours from its issue (urgent measure)"));
    expect(screen.queryByLabelText(/^Expires on/)).toBeNull();
    await typeOrder("CH-URG-2");
    await fill(screen.getByLabelText(/^Term in hours/), "48");
    await fill(screen.getByLabelText(/^Time of issue/), "10:00");
    await user.click(screen.getByRole("button", { name: "Record" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]!.body).toMatchObject({ action: "freeze", order: { reference: "CH-URG-2", term_hours: 48, issued_at: "10:00" } });
    expect((calls[0]!.body as { order: object }).order).not.toHaveProperty("expires_on");
  }, 30_000);

  it("offers a renewal only the orders with a term, and names the one renewed", async () => {
    const onClose = vi.fn();
    renderInApp(
      <ActDialog
        act={act("renew_freeze", ["order", "order_term", "renewed_order", "later_expiry"], ["amount", "note", "order", "restraint_order"])}
        assets={[asset]}
        onClose={onClose}
      />,
    );
    const picker = await screen.findByLabelText(/^Order renewed/);
    await vi.waitFor(() => expect(picker).toHaveTextContent("CH-URG-1"));
    // The UK order has no term (in force until released): nothing to renew, so not offered.
    expect(picker.querySelectorAll("option")).toHaveLength(1);
    expect(picker).toHaveTextContent("until Dec 3, 2026, 10:00 AM");
    await typeOrder("CH-FO-3");
    await fill(screen.getByLabelText(/^Expires on/), "2027-03-01");
    await user.click(screen.getByRole("button", { name: "Record" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]!.body).toMatchObject({ action: "renew_freeze", restraint_order: "ch", order: { expires_on: "2027-03-01" } });
  }, 30_000);

  it("asks why part is released", async () => {
    renderInApp(
      <ActDialog
        act={act("release_part", ["order", "amount", "release_reason", "within_restrained"], ["amount", "note", "order", "release_reason"])}
        assets={[asset]}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByLabelText(/^Amount released/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Reason for the release/), "legal_expenses");
    await typeOrder("CH-REL-1");
    await fill(screen.getByLabelText(/^Amount released/), "25000");
    await user.click(screen.getByRole("button", { name: "Record" }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ release_reason: "legal_expenses", amount: { amount: "25000", currency: "CHF" } });
  }, 30_000);

  it("records a sale before judgment: its authorisation, price and day of sale", async () => {
    const onClose = vi.fn();
    renderInApp(
      <ActDialog
        act={act("sell_before_judgment", ["order", "amount", "sale_date", "not_sold_yet", "restraint_in_force"], ["amount", "note", "order", "sold_on"])}
        assets={[asset]}
        onClose={onClose}
      />,
    );
    expect(screen.getByText("Authorisation of the sale")).toBeInTheDocument();
    await typeOrder("CH-SALE-1");
    await fill(screen.getByLabelText(/^Sale price/), "640000");
    await fill(screen.getByLabelText(/^Day of the sale/), "2026-12-02");
    await user.click(screen.getByRole("button", { name: "Record" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]!.body).toMatchObject({
      action: "sell_before_judgment",
      order: { reference: "CH-SALE-1" },
      amount: { amount: "640000", currency: "CHF" },
      sold_on: "2026-12-02",
    });
  }, 30_000);
});
