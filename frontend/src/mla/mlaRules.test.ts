import { describe, expect, it } from "vitest";
import {
  allowedMlaActs,
  clockOf,
  consultationRequired,
  daysUntil,
  draftControlFor,
  draftSides,
  emptyMlaValues,
  maxDateFor,
  minDateFor,
  mlaControlFor,
  mlaPayload,
  moveDueOn,
  movingState,
  whoseMove,
  type MlaActValues,
} from "./mlaRules";

const mla = { requesting_state: "GB", requested_state: "FR" };
const values = (patch: Partial<MlaActValues> = {}): MlaActValues => ({ ...emptyMlaValues(), ...patch });

describe("whose move an MLA request waits for", () => {
  it("is the requesting state's for a draft and after a request for information", () => {
    expect(movingState({ ...mla, status: "draft" })).toBe("GB");
    expect(movingState({ ...mla, status: "info_requested" })).toBe("GB");
  });
  it("is the requested state's once sent, acknowledged, in execution or postponed", () => {
    for (const status of ["sent", "acknowledged", "in_execution", "postponed"] as const) {
      expect(movingState({ ...mla, status })).toBe("FR");
    }
  });
  it("is nobody's once executed, refused or withdrawn", () => {
    expect(whoseMove("refused")).toBe("closed");
    expect(movingState({ ...mla, status: "executed" })).toBeNull();
  });
  it("is the case's state's for an incoming draft (to record it as received)", () => {
    expect(movingState({ requesting_state: "US", requested_state: "GB", status: "draft", direction: "incoming" })).toBe("GB");
    expect(movingState({ ...mla, status: "draft", direction: "outgoing" })).toBe("GB");
  });
  it("is the requesting state's of an incoming request too while information is awaited", () => {
    expect(movingState({ requesting_state: "US", requested_state: "GB", status: "info_requested" })).toBe("US");
  });
  it("counts the days left (negative when late)", () => {
    expect(daysUntil("2026-12-05", "2026-12-02")).toBe(3);
    expect(daysUntil("2026-11-28", "2026-12-02")).toBe(-4);
  });
  it("is due by the reply's date while information is awaited, by none while postponed", () => {
    const dates = { due_on: "2027-01-10", reply_due_on: "2026-12-20" };
    expect(moveDueOn({ ...dates, status: "info_requested" })).toBe("2026-12-20");
    expect(moveDueOn({ ...dates, status: "postponed" })).toBeNull();
    expect(moveDueOn({ ...dates, status: "acknowledged" })).toBe("2027-01-10");
  });
});

describe("MLA acts", () => {
  it("offers only the caller's allowed actions", () => {
    expect(allowedMlaActs({ allowed_actions: ["withdraw", "acknowledge"] })).toEqual(["acknowledge", "withdraw"]);
    expect(allowedMlaActs({ allowed_actions: ["refuse", "consult", "receive"] })).toEqual(["receive", "consult", "refuse"]);
  });
  it("sends a reason for a refusal, not for an acknowledgement", () => {
    expect(mlaPayload("refuse", values({ reason: " dual criminality ", grounds: ["dual_criminality_46_9"] }))).toEqual({
      action: "refuse",
      reason: "dual criminality",
      refusal_grounds: ["dual_criminality_46_9"],
    });
    expect(mlaPayload("acknowledge", values({ note: "received", reason: "x" }))).toEqual({ action: "acknowledge", note: "received" });
  });
  it("sends the grounds of a refusal in a fixed order, and none for a postponement", () => {
    const grounds = ["other", "uncac_46_21"] as MlaActValues["grounds"];
    expect(mlaPayload("refuse", values({ reason: "r", grounds })).refusal_grounds).toEqual(["uncac_46_21", "other"]);
    expect(mlaPayload("refuse", values({ reason: "r" })).refusal_grounds).toEqual([]);
    expect(mlaPayload("postpone", values({ reason: "r", grounds })).refusal_grounds).toBeUndefined();
  });
  it("puts each act's date under its own field, and leaves an empty one out", () => {
    expect(mlaPayload("send", values({ date: "2026-11-30" }))).toEqual({ action: "send", sent_on: "2026-11-30" });
    expect(mlaPayload("receive", values({ date: "2026-11-29" }))).toEqual({ action: "receive", sent_on: "2026-11-29" });
    expect(mlaPayload("acknowledge", values({ date: "2026-12-01" }))).toEqual({ action: "acknowledge", acknowledged_on: "2026-12-01" });
    expect(mlaPayload("request_info", values({ note: "Bank statements", date: "2026-12-20" }))).toEqual({
      action: "request_info",
      note: "Bank statements",
      reply_due_on: "2026-12-20",
    });
    expect(mlaPayload("send", values())).toEqual({ action: "send" });
    expect(mlaPayload("execute", values({ date: "2026-12-01" }))).toEqual({ action: "execute" });
  });
  it("bounds the dates: sent and acknowledged not in the future, a reply not in the past", () => {
    expect(maxDateFor("sent_on", "2026-12-02")).toBe("2026-12-02");
    expect(maxDateFor("acknowledged_on", "2026-12-02")).toBe("2026-12-02");
    expect(maxDateFor("reply_due_on", "2026-12-02")).toBeNull();
    expect(minDateFor("reply_due_on", "2026-12-02")).toBe("2026-12-02");
    expect(minDateFor("sent_on", "2026-12-02")).toBeNull();
  });
  it("puts the API's errors beside the act's fields", () => {
    expect(mlaControlFor("refuse", "refusal_grounds")).toBe("grounds");
    expect(mlaControlFor("refuse", "refusal_grounds.0")).toBe("grounds");
    expect(mlaControlFor("postpone", "refusal_grounds")).toBeNull();
    expect(mlaControlFor("request_info", "reply_due_on")).toBe("date");
    expect(mlaControlFor("send", "sent_on")).toBe("date");
    expect(mlaControlFor("acknowledge", "acknowledged_on")).toBe("date");
    expect(mlaControlFor("acknowledge", "sent_on")).toBeNull();
    expect(mlaControlFor("refuse", "reason")).toBe("reason");
    expect(mlaControlFor("refuse", "action")).toBeNull();
    expect(mlaControlFor("refuse", null)).toBeNull();
  });
  it("recognises the API's call for a consultation first", () => {
    const detail = "Consult the requesting state first (action `consult`).";
    expect(consultationRequired({ errors: [{ attr: "action", code: "consultation_required", detail }] } as never)).toBe(detail);
    expect(consultationRequired({ code: "consultation_required", detail })).toBe(detail);
    expect(consultationRequired({ errors: [{ code: "required", detail: "Give the reasons." }] })).toBeNull();
    expect(consultationRequired(undefined)).toBeNull();
  });
});

describe("the draft's sides", () => {
  it("names the requested state of an outgoing request", () => {
    expect(draftSides({ direction: "outgoing", otherState: " ch ", subdivision: "" })).toEqual({
      direction: "outgoing",
      requested_state: "CH",
    });
  });
  it("names the requesting state of an incoming request, the case's state being asked", () => {
    expect(draftSides({ direction: "incoming", otherState: "us", subdivision: " sct " })).toEqual({
      direction: "incoming",
      requesting_state: "US",
      requested_subdivision: "SCT",
    });
  });
  it("puts the API's errors on the sides beside the right field", () => {
    expect(draftControlFor("requested_state")).toBe("otherState");
    expect(draftControlFor("requesting_state")).toBe("otherState");
    expect(draftControlFor("requested_subdivision")).toBe("subdivision");
    expect(draftControlFor("kind")).toBeNull();
  });
});

describe("the clock", () => {
  const base = { due_on: "2027-01-10", clock_stopped_on: null, reply_due_on: null };
  it("runs towards the due date once sent, acknowledged or in execution", () => {
    for (const status of ["sent", "acknowledged", "in_execution"] as const) {
      expect(clockOf({ ...base, status })).toEqual({ kind: "running", dueOn: "2027-01-10" });
    }
  });
  it("stands still while information is awaited, with the reply's own date", () => {
    expect(clockOf({ ...base, status: "info_requested", clock_stopped_on: "2026-12-01", reply_due_on: "2026-12-20" })).toEqual({
      kind: "stopped",
      since: "2026-12-01",
      why: "info_requested",
      replyDueOn: "2026-12-20",
    });
  });
  it("stands still while execution is postponed", () => {
    expect(clockOf({ ...base, status: "postponed", clock_stopped_on: "2026-11-20", reply_due_on: "2026-11-25" })).toEqual({
      kind: "stopped",
      since: "2026-11-20",
      why: "postponed",
      replyDueOn: null,
    });
  });
  it("is not running for a draft or a closed request", () => {
    expect(clockOf({ ...base, status: "draft" }).kind).toBe("none");
    expect(clockOf({ ...base, status: "refused" }).kind).toBe("none");
  });
});
