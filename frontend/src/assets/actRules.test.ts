import { describe, expect, it } from "vitest";
import {
  ACT_FIELDS,
  actPayload,
  controlFor,
  emptyValues,
  fieldsOf as fieldsOfSpec,
  isRequired as isRequiredIn,
  orderedActs,
  specOf,
  type ActValues,
  type AssetAction,
  type OpenAct,
} from "./actRules";

const fieldsOf = (action: AssetAction) => fieldsOfSpec(ACT_FIELDS[action]);
const isRequired = (action: AssetAction, field: Parameters<typeof isRequiredIn>[1]) => isRequiredIn(ACT_FIELDS[action], field);

// Rows as GET /api/v1/assets/{id}/actions/ answers them (names of workflows/asset_rules.py).
function row(action: AssetAction, requires: string[], carries: string[], bulk = false): OpenAct {
  return {
    action,
    to_stage: null,
    meaning: "",
    requires: requires.map((name) => ({ name, description: name })),
    carries: ["action", ...carries],
    bulk,
  };
}
const API_ROWS: OpenAct[] = [
  row("freeze", ["order", "order_term", "further_order"], ["amount", "note", "order"], true),
  row(
    "renew_freeze",
    ["order", "order_term", "renewed_order", "later_expiry", "issued_while_in_force"],
    ["amount", "note", "order", "restraint_order"],
  ),
  row("decide_not_to_freeze", ["note"], ["note"]),
  row("seize", ["order", "further_order"], ["amount", "note", "order"], true),
  row("confiscate", ["order", "final_order", "basis", "amount"], ["amount", "basis", "final", "note", "order"]),
  row(
    "repatriate",
    [
      "order",
      "amount",
      "recipient",
      "recipient_fits_tier",
      "final_judgment_or_waiver",
      "ownership_or_damage",
      "expenses_in_tranche_currency",
      "within_confiscated",
    ],
    [
      "amount",
      "deducted_expenses",
      "disposal_agreement",
      "entitlement",
      "entitlement_evidence",
      "final_judgment",
      "final_judgment_waived",
      "note",
      "order",
      "recipient",
      "recipient_state",
    ],
  ),
  row("release", ["order"], ["note", "order"]),
  row("release_order", ["order", "released_order"], ["note", "order", "restraint_order"]),
  row("release_part", ["order", "amount", "release_reason", "within_restrained"], ["amount", "note", "order", "release_reason"]),
  row(
    "correct_record",
    ["corrects", "note", "restatement", "within_confiscated"],
    ["amount", "basis", "corrects", "deducted_expenses", "disposal_agreement", "final", "note", "order", "recipient", "recipient_state"],
  ),
  row("confiscate_under_appeal", ["order", "basis", "amount", "issued_while_in_force"], ["amount", "basis", "note", "order"]),
  row("confirm_confiscation", ["order"], ["amount", "note", "order"]),
  row("quash_confiscation", ["order"], ["note", "order"]),
  row("quash_keeping_restraint", ["order", "restraint_in_force"], ["note", "order"]),
  row("apply_to_value_order", ["order", "amount", "satisfaction", "within_restrained"], ["amount", "note", "order", "value_order"]),
  row(
    "sell_before_judgment",
    ["order", "amount", "sale_date", "not_sold_yet", "restraint_in_force"],
    ["amount", "note", "order", "sold_on"],
  ),
];

function values(patch: Partial<ActValues>): ActValues {
  return { ...emptyValues({ jurisdiction: "CH", currency: "USD" }), ...patch };
}
const order = { authority: "Federal Criminal Court", reference: "SK.2026.12", issued_on: "2026-11-01" };

describe("what each legal act asks for (ASSET_RULES)", () => {
  it("asks a freeze for its order and term, an amount optionally", () => {
    expect(isRequired("freeze", "order")).toBe(true);
    expect(isRequired("freeze", "term")).toBe(true);
    expect(isRequired("freeze", "amount")).toBe(false);
    expect(fieldsOf("freeze")).not.toContain("basis");
  });
  it("asks a confiscation for a final order, its basis and the amount", () => {
    expect(fieldsOf("confiscate").sort()).toEqual(["amount", "basis", "final", "note", "order"]);
    expect(fieldsOf("confiscate")).not.toContain("term");
  });
  it("asks a repatriation for recipient and amount; expenses and disposal agreement are optional", () => {
    expect(isRequired("repatriate", "recipient")).toBe(true);
    expect(isRequired("repatriate", "deducted_expenses")).toBe(false);
    expect(isRequired("repatriate", "disposal_agreement")).toBe(false);
  });
  it("asks a decision not to freeze for its reasons only", () => {
    expect(fieldsOf("decide_not_to_freeze")).toEqual(["note"]);
  });
});

describe("the request body of an act", () => {
  it("sends a freeze's order with its expiry and leaves out an empty amount", () => {
    const body = actPayload("freeze", values({ ...order, expires_on: "2027-05-01" }));
    expect(body).toEqual({
      action: "freeze",
      order: { ...order, jurisdiction: "CH", expires_on: "2027-05-01" },
    });
  });
  it("sends the order's subdivision when one is typed (upper case), and none otherwise", () => {
    const body = actPayload("freeze", values({ ...order, expires_on: "2027-05-01", jurisdiction: "GB", subdivision: " sct " }));
    expect(body.order).toEqual({ ...order, jurisdiction: "GB", subdivision: "SCT", expires_on: "2027-05-01" });
    expect(actPayload("seize", values(order)).order).not.toHaveProperty("subdivision");
    expect(controlFor("order.subdivision")).toBe("subdivision");
  });
  it("never sends an expiry for a seizure (its order has none)", () => {
    const body = actPayload("seize", values({ ...order, amount: "900000.00" }));
    expect(body.order).not.toHaveProperty("expires_on");
    expect(body.amount).toEqual({ amount: "900000.00", currency: "USD" });
  });
  it("sends a confiscation's basis and finality", () => {
    const body = actPayload("confiscate", values({ ...order, amount: "1,5", basis: "non_conviction", final: true }));
    expect(body).toMatchObject({ basis: "non_conviction", final: true, amount: { amount: "1.5", currency: "USD" } });
  });
  it("sends a tranche with its recipient state and expenses in the tranche's currency", () => {
    const body = actPayload(
      "repatriate",
      values({ ...order, amount: "400000", currency: "gbp", recipient: "requesting_state", recipient_state: "ng", expenses: "5000" }),
    );
    expect(body).toMatchObject({
      recipient: "requesting_state",
      recipient_state: "NG",
      amount: { amount: "400000", currency: "GBP" },
      deducted_expenses: { amount: "5000", currency: "GBP" },
    });
    expect(body).not.toHaveProperty("disposal_agreement");
  });
  it("sends the final judgment, or only its waiver, and the ground of a 57(3)(b) return", () => {
    const tranche = { ...order, amount: "1", recipient: "requesting_state", recipient_state: "NG" };
    expect(actPayload("repatriate", values({ ...tranche, final_judgment: " FHC/12 " }))).toMatchObject({ final_judgment: "FHC/12" });
    const waived = actPayload("repatriate", values({ ...tranche, final_judgment: "FHC/12", final_judgment_waived: true }));
    expect(waived).toMatchObject({ final_judgment_waived: true });
    expect(waived).not.toHaveProperty("final_judgment");
    const owned = actPayload("repatriate", values({ ...tranche, entitlement: "prior_ownership", entitlement_evidence: "Registry" }));
    expect(owned).toMatchObject({ entitlement: "prior_ownership", entitlement_evidence: "Registry" });
    expect(actPayload("repatriate", values(tranche))).not.toHaveProperty("entitlement");
  });
  it("sends no recipient state to victims", () => {
    const body = actPayload("repatriate", values({ ...order, amount: "1", recipient: "victims", recipient_state: "NG" }));
    expect(body).not.toHaveProperty("recipient_state");
  });
  it("sends a sale before judgment with its authorisation, price and day of sale", () => {
    const body = actPayload("sell_before_judgment", values({ ...order, amount: "250000", sold_on: "2026-11-20" }));
    expect(body).toEqual({
      action: "sell_before_judgment",
      order: { ...order, jurisdiction: "CH" },
      amount: { amount: "250000", currency: "USD" },
      sold_on: "2026-11-20",
    });
    expect(controlFor("sold_on")).toBe("sold_on");
    // No other act carries a day of sale.
    expect(actPayload("seize", values({ ...order, sold_on: "2026-11-20" }))).not.toHaveProperty("sold_on");
  });
  it("sends a quash keeping the restraint with its appeal decision only", () => {
    expect(actPayload("quash_keeping_restraint", values({ ...order, amount: "9" }))).toEqual({
      action: "quash_keeping_restraint",
      order: { ...order, jurisdiction: "CH" },
    });
  });
  it("sends a correction's restated order only when one is typed", () => {
    expect(actPayload("correct_record", values({ corrects: "x", note: "typo", amount: "9" }))).toEqual({
      action: "correct_record",
      corrects: "x",
      note: "typo",
      amount: { amount: "9", currency: "USD" },
    });
    expect(actPayload("correct_record", values({ corrects: "x", note: "typo", reference: "R-2" })).order).toMatchObject({ reference: "R-2" });
  });
});

describe("the form from the API's description of each act", () => {
  it("asks, for every row of the rules table, what the table requires and carries", () => {
    for (const api of API_ROWS) {
      const spec = specOf(api);
      expect([...spec.required].sort(), api.action).toEqual([...ACT_FIELDS[api.action].required].sort());
      expect([...spec.optional].sort(), api.action).toEqual([...ACT_FIELDS[api.action].optional].sort());
    }
  });
  it("leaves checks that are no field (later expiry, within what was confiscated) to the API", () => {
    expect(specOf(API_ROWS[1]!).required).toEqual(["order", "term", "restraint_order"]);
  });
});

describe("buttons and errors", () => {
  it("offers the caller's acts in a fixed order", () => {
    const [freeze, , , seize, , , release] = API_ROWS;
    expect(orderedActs([release!, seize!, freeze!]).map((a) => a.action)).toEqual(["freeze", "seize", "release"]);
  });
  it("never offers an application to a value order (recorded by the order's satisfaction)", () => {
    const offered = orderedActs(API_ROWS).map((a) => a.action);
    expect(offered).not.toContain("apply_to_value_order");
    expect(offered).toContain("sell_before_judgment");
    expect(offered).toContain("quash_keeping_restraint");
  });
  it("puts an API error beside its field", () => {
    expect(controlFor("order.expires_on")).toBe("expires_on");
    expect(controlFor("order")).toBe("reference");
    expect(controlFor("amount.amount")).toBe("amount");
    expect(controlFor("deducted_expenses")).toBe("expenses");
    expect(controlFor("recipient_state")).toBe("recipient_state");
    expect(controlFor("non_field_errors")).toBeNull();
  });
});
