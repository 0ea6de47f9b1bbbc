// The figures of /reports/summary/ shaped for charts and tables: pure, tested.
import type { Schemas } from "../api/client";

export type Summary = Schemas["Summary"];
export const RECOVERY = ["frozen", "seized", "confiscated", "returned"] as const;
export type RecoveryFigure = (typeof RECOVERY)[number];

export type Series = { key: string; values: Record<string, number> };

function amount(converted: { amount: string } | undefined): number {
  const value = Number(converted?.amount ?? 0);
  return Number.isFinite(value) ? value : 0;
}

/** Per state where the assets sit: frozen/seized/confiscated/returned in the reporting currency,
 * states with nothing left out, the largest first. */
export function byState(summary: Summary): Series[] {
  return summary.assets.by_jurisdiction
    .map((group) => ({
      key: group.jurisdiction,
      values: Object.fromEntries(RECOVERY.map((f) => [f, amount(group.figures[f].converted)])),
    }))
    .filter((row) => RECOVERY.some((f) => row.values[f]! > 0))
    .sort((a, b) => RECOVERY.reduce((s, f) => s + b.values[f]!, 0) - RECOVERY.reduce((s, f) => s + a.values[f]!, 0));
}

// Which act adds to which figure, per year.
const ACT_FIGURE: Record<string, RecoveryFigure | undefined> = {
  freeze: "frozen",
  seize: "seized",
  confiscate: "confiscated",
  repatriate: "returned",
};

/** Per year: the amounts of the acts recorded that year (freezes, seizures, confiscations,
 * returns), converted; oldest year first. */
export function byYear(summary: Summary): Series[] {
  const years = new Map<number, Record<string, number>>();
  for (const row of summary.acts_by_year) {
    const figure = ACT_FIGURE[row.action];
    if (!figure) continue;
    const values = years.get(row.year) ?? Object.fromEntries(RECOVERY.map((f) => [f, 0]));
    values[figure] = (values[figure] ?? 0) + amount(row.converted);
    years.set(row.year, values);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, values]) => ({ key: String(year), values }));
}

export type Rate = Schemas["RateUsed"];

/** Every exchange rate any converted figure used, once each (by currency and date). */
export function ratesUsed(summary: Summary): Rate[] {
  const seen = new Map<string, Rate>();
  const add = (converted: Schemas["Converted"]) => {
    for (const rate of converted.rates) seen.set(`${rate.currency}@${rate.rate_date}`, rate);
  };
  const groups = [
    summary.assets.total,
    ...summary.assets.by_stage,
    ...summary.assets.by_jurisdiction,
    ...summary.assets.by_owner_state,
    ...summary.assets.by_origin_state,
  ];
  for (const group of groups) for (const figure of Object.values(group.figures)) add(figure.converted);
  for (const row of summary.acts_by_year) add(row.converted);
  return [...seen.values()].sort((a, b) => a.currency.localeCompare(b.currency) || a.rate_date.localeCompare(b.rate_date));
}

/** Currencies that could not be converted (no rate on or before the report's date). */
export function missingRates(summary: Summary): string[] {
  const missing = new Set<string>();
  for (const figure of Object.values(summary.assets.total.figures)) figure.converted.missing_rates.forEach((c) => missing.add(c));
  for (const row of summary.acts_by_year) row.converted.missing_rates.forEach((c) => missing.add(c));
  return [...missing].sort();
}

/** The largest value of any series, for the chart's scale (at least 1). */
export function maxValue(series: Series[]): number {
  return Math.max(1, ...series.flatMap((row) => Object.values(row.values)));
}
