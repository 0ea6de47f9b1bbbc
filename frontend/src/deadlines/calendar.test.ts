import { describe, expect, it } from "vitest";
import { byDay, monthGrid, overdueFirst, parseMonth, shiftMonth, sourceRoute } from "./calendar";

describe("the month calendar", () => {
  it("lays December 2026 out in whole weeks from Monday 30 November", () => {
    const grid = monthGrid(2026, 12);
    expect(grid).toHaveLength(5);
    expect(grid[0]![0]).toEqual({ iso: "2026-11-30", day: 30, inMonth: false });
    expect(grid[4]![6]).toEqual({ iso: "2027-01-03", day: 3, inMonth: false });
    expect(grid.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });
  it("shows February 2027 (starting on a Monday) in four weeks", () => {
    expect(monthGrid(2027, 2)).toHaveLength(4);
  });
  it("moves across years", () => {
    expect(shiftMonth(2026, 12, 1)).toBe("2027-01");
    expect(shiftMonth(2026, 1, -1)).toBe("2025-12");
  });
  it("reads the month from the URL, or takes today's", () => {
    expect(parseMonth("2027-03", "2026-12-02")).toEqual([2027, 3]);
    expect(parseMonth("2027-13", "2026-12-02")).toEqual([2026, 12]);
    expect(parseMonth(undefined, "2026-12-02")).toEqual([2026, 12]);
  });
  it("puts overdue deadlines first", () => {
    const items = [
      { id: "a", due_on: "2026-12-01", overdue: false },
      { id: "b", due_on: "2026-12-05", overdue: true },
      { id: "c", due_on: "2026-12-01", overdue: true },
    ];
    expect(overdueFirst(items).map((d) => d.id)).toEqual(["c", "b", "a"]);
    expect(byDay(items).get("2026-12-01")!.map((d) => d.id)).toEqual(["c", "a"]);
  });
  it("links each deadline to its source", () => {
    expect(sourceRoute({ kind: "freeze_expiry", source_id: "O", asset: "A", case: "C" })).toEqual({ to: "/assets/$assetId", params: { assetId: "A" } });
    expect(sourceRoute({ kind: "freeze_expiry", source_id: "O", case: "C" })).toMatchObject({ params: { caseId: "C", tab: "assets" } });
    expect(sourceRoute({ kind: "mla_response", source_id: "M", case: "C" })).toEqual({ to: "/mla-requests/$mlaId", params: { mlaId: "M" } });
    expect(sourceRoute({ kind: "mla_info_reply", source_id: "M", case: "C" })).toEqual({ to: "/mla-requests/$mlaId", params: { mlaId: "M" } });
    expect(sourceRoute({ kind: "share_expiry", source_id: "S", case: "C" })).toMatchObject({ params: { caseId: "C", tab: "sharing" } });
  });
});
