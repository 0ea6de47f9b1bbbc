import { describe, expect, it } from "vitest";
import type { Schemas } from "../api/client";
import { byState, byYear, maxValue, missingRates, ratesUsed, type Summary } from "./chartData";

const rate = (currency: string) => ({ currency, rate_date: "2026-11-27", per_eur: "1.0812" });
const conv = (amount: string, rates: string[] = [], missing: string[] = []): Schemas["Converted"] => ({
  amount,
  currency: "USD",
  complete: missing.length === 0,
  missing_rates: missing,
  rates: rates.map(rate),
});
const fig = (amount: string, rates: string[] = [], missing: string[] = []) => ({ amounts: [], converted: conv(amount, rates, missing) });
function figures(values: Partial<Record<string, string>>, rates: string[] = [], missing: string[] = []): Schemas["Figures"] {
  const names = ["identified", "frozen", "seized", "confiscated", "returned", "deducted_expenses", "outstanding"] as const;
  return Object.fromEntries(names.map((n) => [n, fig(values[n] ?? "0", rates, missing)])) as unknown as Schemas["Figures"];
}

const summary = {
  as_of: "2026-12-02",
  reporting_currency: "USD",
  assets: {
    total: { count: 3, figures: figures({ frozen: "10" }, ["GBP"], ["AED"]) },
    by_stage: [],
    by_jurisdiction: [
      { jurisdiction: "CH", count: 1, figures: figures({ frozen: "15300000.00" }, ["USD"]) },
      { jurisdiction: "AE", count: 1, figures: figures({}) },
      { jurisdiction: "JE", count: 1, figures: figures({ confiscated: "9985000", returned: "4000000" }, ["GBP"]) },
    ],
    by_owner_state: [],
    by_origin_state: [],
  },
  acts_by_year: [
    { year: 2026, action: "repatriate", count: 1, amounts: [], converted: conv("4000000") },
    { year: 2025, action: "freeze", count: 2, amounts: [], converted: conv("10000000", ["EUR"]) },
    { year: 2026, action: "renew_freeze", count: 1, amounts: [], converted: conv("0") },
    { year: 2026, action: "freeze", count: 1, amounts: [], converted: conv("15300000") },
  ],
  mla_requests: { total: { total: 0, open: 0, overdue: 0, refused: 0, median_days_to_acknowledgement: null, median_days_to_execution: null }, by_requested_state: [] },
  freezes_expiring: { within_days: 30, from: "2026-12-02", until: "2027-01-01", count: 0, by_jurisdiction: [] },
} as unknown as Summary;

describe("report chart data", () => {
  it("gives per state the four figures, the largest first, states with nothing left out", () => {
    const rows = byState(summary);
    expect(rows.map((r) => r.key)).toEqual(["CH", "JE"]);
    expect(rows[1]!.values).toEqual({ frozen: 0, seized: 0, confiscated: 9985000, returned: 4000000 });
  });
  it("gives per year what the freezes, seizures, confiscations and returns amounted to", () => {
    expect(byYear(summary)).toEqual([
      { key: "2025", values: { frozen: 10000000, seized: 0, confiscated: 0, returned: 0 } },
      { key: "2026", values: { frozen: 15300000, seized: 0, confiscated: 0, returned: 4000000 } },
    ]);
  });
  it("lists every rate used once, and the currencies without one", () => {
    expect(ratesUsed(summary).map((r) => r.currency)).toEqual(["EUR", "GBP", "USD"]);
    expect(missingRates(summary)).toEqual(["AED"]);
  });
  it("scales to the largest value", () => {
    expect(maxValue(byState(summary))).toBe(15300000);
    expect(maxValue([])).toBe(1);
  });
});
