// A month as weeks of days (Monday first), and deadlines put on their days: pure, no Date math
// outside UTC, so the grid is the same in every time zone.
export type Day = { iso: string; day: number; inMonth: boolean };

export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** The weeks shown for a month (1-12): whole weeks from the Monday on or before the 1st. */
export function monthGrid(year: number, month: number): Day[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // days since Monday
  const start = Date.UTC(year, month - 1, 1 - offset);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weeks = Math.ceil((offset + daysInMonth) / 7);
  const grid: Day[][] = [];
  for (let w = 0; w < weeks; w++) {
    const week: Day[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start + (w * 7 + d) * 86_400_000);
      week.push({
        iso: date.toISOString().slice(0, 10),
        day: date.getUTCDate(),
        inMonth: date.getUTCMonth() === month - 1,
      });
    }
    grid.push(week);
  }
  return grid;
}

/** "2026-12" -> [2026, 12]; anything else -> the month of `today`. */
export function parseMonth(value: string | undefined, today: string): [number, number] {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return [Number(match[1]), month];
  }
  return [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
}

export function shiftMonth(year: number, month: number, by: number): string {
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Deadlines by day, overdue ones first on each day. */
export function byDay<T extends { due_on: string; overdue: boolean }>(items: T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const list = days.get(item.due_on) ?? [];
    list.push(item);
    days.set(item.due_on, list);
  }
  for (const list of days.values()) list.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return days;
}

/** Overdue first, then by date. */
export function overdueFirst<T extends { due_on: string; overdue: boolean }>(items: T[]): T[] {
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due_on.localeCompare(b.due_on));
}

/** Where a deadline comes from, as a route of the application. */
export function sourceRoute(d: { kind: string; source_id: string; case: string; asset?: string | null }):
  | { to: "/mla-requests/$mlaId"; params: { mlaId: string } }
  | { to: "/assets/$assetId"; params: { assetId: string } }
  | { to: "/cases/$caseId/$tab"; params: { caseId: string; tab: string } }
  | { to: "/cases/$caseId"; params: { caseId: string } } {
  if (d.kind === "mla_response" || d.kind === "mla_info_reply") return { to: "/mla-requests/$mlaId", params: { mlaId: d.source_id } };
  // A freeze expiry's source is the freeze order; the API names the asset it is on.
  if (d.kind === "freeze_expiry") {
    if (d.asset) return { to: "/assets/$assetId", params: { assetId: d.asset } };
    return { to: "/cases/$caseId/$tab", params: { caseId: d.case, tab: "assets" } };
  }
  if (d.kind === "share_expiry") return { to: "/cases/$caseId/$tab", params: { caseId: d.case, tab: "sharing" } };
  return { to: "/cases/$caseId", params: { caseId: d.case } };
}
