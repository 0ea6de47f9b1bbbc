import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Schemas } from "../api/client";
import { renderInApp } from "../test-render";
import { LegalHistory } from "./AssetPage";

const order = { authority: "Tribunal pénal fédéral", jurisdiction: "CH", subdivision: "", reference: "SK.2026.12", issued_on: "2026-11-01", expires_on: null, term_hours: null, issued_at: null };
function act(patch: Partial<Schemas["AssetTransition"]>): Schemas["AssetTransition"] {
  return {
    id: patch.action ?? "x",
    sequence: 1,
    action: "freeze",
    from_stage: "frozen",
    to_stage: "frozen",
    order: null,
    amount: null,
    basis: "",
    final: null,
    art57_tier: "",
    recipient: "",
    recipient_state: "",
    final_judgment: "",
    final_judgment_waived: null,
    entitlement: "",
    entitlement_evidence: "",
    deducted_expenses: null,
    disposal_agreement: "",
    release_reason: "",
    sold_on: null,
    restraint_order: "",
    corrects: "",
    corrected_by: [],
    batch_id: null,
    performed_at: "2026-11-21T09:00:00Z",
    ...patch,
  } as Schemas["AssetTransition"];
}

describe("the legal history of the new acts", () => {
  it("shows a sale's price and day, a value order's application and a quash keeping the restraint", () => {
    renderInApp(
      <LegalHistory
        acts={[
          act({ action: "sell_before_judgment", order: order as never, amount: { amount: "640000.00", currency: "CHF" }, sold_on: "2026-11-20" }),
          act({ action: "apply_to_value_order", order: order as never, amount: { amount: "100000.00", currency: "CHF" } }),
          act({ action: "quash_keeping_restraint", from_stage: "under_appeal", to_stage: "frozen", order: order as never }),
        ]}
      />,
    );
    expect(screen.getByText("Sale before judgment")).toBeInTheDocument();
    expect(screen.getByText("Sold on Nov 20, 2026")).toBeInTheDocument();
    expect(screen.getByText(/^Sale price: CHF\s640,000\.00$/)).toBeInTheDocument();
    expect(screen.getByText("Applied to a value order")).toBeInTheDocument();
    expect(screen.getByText("Quashed, restraint kept")).toBeInTheDocument();
    expect(screen.getByText("Confiscated, under appeal → Frozen")).toBeInTheDocument();
  });
});
