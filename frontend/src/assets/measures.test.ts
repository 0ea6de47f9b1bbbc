// Issue 19 in the act form: a freeze's term (date, hours, none), the order a renewal or release
// names, why part is released, what a correction restates, and the Art. 57(3) tier of an asset.
import { afterEach, describe, expect, it } from "vitest";
import type { Schemas } from "../api/client";
import {
  ACT_FIELDS,
  actPayload,
  art57TierOf,
  controlFor,
  correctionFields,
  emptyValues,
  orderChoices,
  type ActValues,
} from "./actRules";
import { addHours, formatWallTime, orderTerm } from "./lapse";

const order = { authority: "Federal Criminal Court", reference: "SK.2026.12", issued_on: "2026-11-01" };
const values = (patch: Partial<ActValues>): ActValues => ({ ...emptyValues({ jurisdiction: "CH", currency: "CHF" }), ...patch });

function restraint(patch: Partial<Schemas["RestraintOrder"]>): Schemas["RestraintOrder"] {
  return {
    id: "o1",
    kind: "freeze",
    authority: "A",
    jurisdiction: "CH",
    subdivision: "",
    reference: "R1",
    issued_on: "2026-11-01",
    issued_at: null,
    expires_on: "2027-05-01",
    term_hours: null,
    renews: null,
    status: "in_force",
    in_force: true,
    lapses_at: "2027-05-01T22:00:00Z",
    ended_by_act: null,
    ...patch,
  };
}

describe("a freeze order's term: one of a date, hours from its issue, or none", () => {
  it("sends the last day for a term by date", () => {
    expect(actPayload("freeze", values({ ...order, expires_on: "2027-05-01" })).order).toEqual({
      ...order,
      jurisdiction: "CH",
      expires_on: "2027-05-01",
    });
  });
  it("sends a 48-hour urgent measure with its time of issue, and no expiry date", () => {
    const body = actPayload("freeze", values({ ...order, term_kind: "hours", term_hours: "48", issued_at: "10:30", expires_on: "2027-05-01" }));
    expect(body.order).toEqual({ ...order, jurisdiction: "CH", term_hours: 48, issued_at: "10:30" });
  });
  it("leaves hours that are not a whole number for the API to refuse beside the field", () => {
    expect(actPayload("freeze", values({ ...order, term_kind: "hours", term_hours: "4.5", issued_at: "10:30" })).order).toMatchObject({
      term_hours: null,
    });
    expect(controlFor("order.term_hours")).toBe("term_hours");
    expect(controlFor("order.issued_at")).toBe("issued_at");
    expect(controlFor("order.without_term")).toBe("term_kind");
  });
  it("sends an order without a term as such (a UK restraint order)", () => {
    const body = actPayload("freeze", values({ ...order, term_kind: "none", expires_on: "2027-05-01" }));
    expect(body.order).toEqual({ ...order, jurisdiction: "CH", without_term: true });
  });
  it("asks a seizure for no term", () => {
    expect(actPayload("seize", values({ ...order, term_kind: "none" })).order).toEqual({ ...order, jurisdiction: "CH" });
  });
});

describe("the order an act names, and why part is released", () => {
  const orders = [
    restraint({ id: "ch", reference: "CH-1" }),
    restraint({ id: "gb", reference: "GB-1", jurisdiction: "GB", expires_on: null, lapses_at: null }),
    restraint({ id: "old", reference: "CH-0", status: "superseded", in_force: false }),
    restraint({ id: "urgent", reference: "EU-48", expires_on: null, term_hours: 48, issued_at: "10:00", status: "lapsed", in_force: false }),
    restraint({ id: "seized", kind: "seizure", reference: "SZ", expires_on: null, lapses_at: null }),
  ];
  it("renews a freeze order not ended, with a term (one lapsed may still be renewed in time)", () => {
    expect(orderChoices("renew_freeze", orders).map((o) => o.id)).toEqual(["ch", "urgent"]);
  });
  it("lifts any order not yet ended", () => {
    expect(orderChoices("release_order", orders).map((o) => o.id)).toEqual(["ch", "gb", "urgent", "seized"]);
  });
  it("sends the order a renewal renews and a release lifts", () => {
    const renewal = actPayload("renew_freeze", values({ ...order, expires_on: "2027-11-01", restraint_order: "ch" }));
    expect(renewal.restraint_order).toBe("ch");
    expect(actPayload("release_order", values({ ...order, restraint_order: "gb" })).restraint_order).toBe("gb");
    expect(controlFor("restraint_order")).toBe("restraint_order");
  });
  it("sends the reason for releasing part of the value", () => {
    const body = actPayload("release_part", values({ ...order, amount: "25000", release_reason: "living_expenses" }));
    expect(body).toMatchObject({ release_reason: "living_expenses", amount: { amount: "25000", currency: "CHF" } });
    expect(ACT_FIELDS.release_part.required).toContain("release_reason");
    expect(actPayload("release_part", values({ ...order, amount: "1" }))).not.toHaveProperty("release_reason");
  });
});

describe("appeals", () => {
  it("records a first-instance confiscation with its basis and amount, but no finality", () => {
    const body = actPayload("confiscate_under_appeal", values({ ...order, basis: "conviction", amount: "900000", final: true }));
    expect(body).toMatchObject({ basis: "conviction", amount: { amount: "900000", currency: "CHF" } });
    expect(body).not.toHaveProperty("final");
  });
  it("confirms with the amount as varied on appeal, or none; quashes with the decision alone", () => {
    expect(actPayload("confirm_confiscation", values(order))).not.toHaveProperty("amount");
    expect(actPayload("confirm_confiscation", values({ ...order, amount: "800000" })).amount).toEqual({ amount: "800000", currency: "CHF" });
    expect(Object.keys(actPayload("quash_confiscation", values({ ...order, amount: "1" }))).sort()).toEqual(["action", "order"]);
  });
});

describe("a correction restates only what the corrected act carries, and what is typed", () => {
  const confiscation = { action: "confiscate", order: {}, amount: {}, basis: "conviction", recipient: "" } as unknown as Schemas["AssetTransition"];
  const tranche = { action: "repatriate", order: {}, amount: {}, basis: "", recipient: "requesting_state" } as unknown as Schemas["AssetTransition"];
  it("shows a confiscation's basis and finality, a tranche's recipient and agreement", () => {
    expect([...correctionFields(confiscation)].sort()).toEqual(["amount", "basis", "corrects", "final", "note", "order"]);
    expect(correctionFields(tranche)).toEqual(new Set(["corrects", "note", "order", "amount", "recipient", "deducted_expenses", "disposal_agreement"]));
  });
  it("never sends an empty basis, recipient or an unticked finality it did not restate", () => {
    const body = actPayload("correct_record", values({ corrects: "x", note: "typo" }));
    expect(body).toEqual({ action: "correct_record", corrects: "x", note: "typo" });
  });
  it("restates finality both ways, and the receiving state alone", () => {
    expect(actPayload("correct_record", values({ corrects: "x", note: "n", finality: "false" })).final).toBe(false);
    expect(actPayload("correct_record", values({ corrects: "x", note: "n", finality: "true" })).final).toBe(true);
    const state = actPayload("correct_record", values({ corrects: "x", note: "n", recipient_state: "ng" }));
    expect(state).toMatchObject({ recipient_state: "NG" });
    expect(state).not.toHaveProperty("recipient");
  });
});

describe("UNCAC Art. 57(3): the tier of a return follows the asset's offence, else the case's", () => {
  it("reads laundering of embezzled public funds as (a), other laundering as (b)", () => {
    expect(art57TierOf({ offence_category: "laundering_embezzled" }, "c")).toBe("a");
    expect(art57TierOf({ offence_category: "laundering" }, "a")).toBe("b");
    expect(art57TierOf({ offence_category: "other" }, "a")).toBe("c");
    expect(art57TierOf({ offence_category: "" }, "b")).toBe("b");
    expect(art57TierOf({ offence_category: "" }, "")).toBeUndefined();
  });
});

describe("when an order lapses, never shifted by the browser's time zone", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });
  it("is the expiry date itself for a term by date", () => {
    expect(orderTerm({ expires_on: "2027-05-01", term_hours: null, issued_on: "2026-11-01", issued_at: null })).toEqual({
      kind: "date",
      lastDay: "2027-05-01",
    });
  });
  it("counts hours on the issuing state's wall clock, across months and years", () => {
    expect(addHours({ date: "2026-12-31", time: "10:30" }, 48)).toEqual({ date: "2027-01-02", time: "10:30" });
    expect(addHours({ date: "2028-02-28", time: "23:00" }, 2)).toEqual({ date: "2028-02-29", time: "01:00" });
    // Over the night the clocks go forward in Europe, still 48 hours on the wall clock (as the API counts).
    expect(addHours({ date: "2027-03-27", time: "09:00" }, 48)).toEqual({ date: "2027-03-29", time: "09:00" });
    expect(orderTerm({ expires_on: null, term_hours: 48, issued_on: "2026-12-01", issued_at: "10:00:00" })).toEqual({
      kind: "hours",
      hours: 48,
      from: { date: "2026-12-01", time: "10:00" },
      until: { date: "2026-12-03", time: "10:00" },
    });
  });
  it("reads the same in a browser far east or west of the asset", () => {
    for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
      process.env.TZ = tz;
      expect(formatWallTime("en-GB", { date: "2026-12-03", time: "10:00" })).toBe("3 Dec 2026, 10:00");
    }
  });
  it("has no lapse for an order without a term", () => {
    expect(orderTerm({ expires_on: null, term_hours: null, issued_on: "2026-11-01", issued_at: null })).toEqual({ kind: "none" });
  });
});
