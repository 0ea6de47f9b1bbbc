// When a restraint order lapses, told in the terms of the order and of the state where the asset
// sits: never through the browser's time zone. An expiry date is the order's last day where the
// asset sits (the API's `expires_on`, a date with no time zone); a term in hours runs from the
// time of issue, local time where the order was issued, and is counted on that clock.
import type { Schemas } from "../api/client";

export type OrderTerm =
  | { kind: "date"; lastDay: string }
  | { kind: "hours"; hours: number; from: WallTime | null; until: WallTime | null }
  | { kind: "none" };

/** A date and time on a local wall clock (no time zone): "2026-12-01", "10:00". */
export type WallTime = { date: string; time: string };

type Term = Pick<Schemas["RestraintOrder"], "expires_on" | "term_hours" | "issued_on" | "issued_at">;

/** The order's term. */
export function orderTerm(order: Term): OrderTerm {
  if (order.term_hours !== null && order.term_hours !== undefined) {
    const from = order.issued_on ? { date: order.issued_on, time: (order.issued_at ?? "00:00").slice(0, 5) } : null;
    return { kind: "hours", hours: order.term_hours, from, until: from ? addHours(from, order.term_hours) : null };
  }
  if (order.expires_on) return { kind: "date", lastDay: order.expires_on };
  return { kind: "none" };
}

/** `hours` after a wall-clock time, on the same wall clock. (Computed in UTC, which has no
 * daylight-saving jumps, so that neither the browser's zone nor its DST moves the result.) */
export function addHours(start: WallTime, hours: number): WallTime {
  const [year, month, day] = start.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = start.time.split(":").map(Number) as [number, number];
  const end = new Date(Date.UTC(year, month - 1, day, hour + hours, minute));
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
    time: `${pad(end.getUTCHours())}:${pad(end.getUTCMinutes())}`,
  };
}

/** A wall-clock time formatted for the locale, as it reads on that clock. */
export function formatWallTime(locale: string, wall: WallTime): string {
  const [year, month, day] = wall.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = wall.time.split(":").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day, hour, minute)),
  );
}
