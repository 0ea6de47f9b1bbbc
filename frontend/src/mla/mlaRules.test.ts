import { describe, expect, it } from "vitest";
import { allowedMlaActs, daysUntil, mlaPayload, movingState, whoseMove } from "./mlaRules";

const mla = { requesting_state: "GB", requested_state: "FR" };

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
  it("counts the days left (negative when late)", () => {
    expect(daysUntil("2026-12-05", "2026-12-02")).toBe(3);
    expect(daysUntil("2026-11-28", "2026-12-02")).toBe(-4);
  });
});

describe("MLA acts", () => {
  it("offers only the caller's allowed actions", () => {
    expect(allowedMlaActs({ allowed_actions: ["withdraw", "acknowledge"] })).toEqual(["acknowledge", "withdraw"]);
  });
  it("sends a reason for a refusal, not for an acknowledgement", () => {
    expect(mlaPayload("refuse", "", " dual criminality ")).toEqual({ action: "refuse", reason: "dual criminality" });
    expect(mlaPayload("acknowledge", "received", "x")).toEqual({ action: "acknowledge", note: "received" });
  });
});
