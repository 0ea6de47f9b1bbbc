// Whose move an MLA request waits for, read from the MLA table (workflows/mla_rules.py): each
// status names the side that acts next. The buttons themselves come from the request's per-caller
// `allowed_actions`, never from this table.
import type { Schemas } from "../api/client";

export type MlaStatus = Schemas["MlaStatusEnum"];
export type MlaAction = Schemas["MlaActionEnum"];
export type Side = "requesting" | "requested" | "closed";

const NEXT: Record<MlaStatus, Side> = {
  draft: "requesting", // to send
  sent: "requested", // to acknowledge
  acknowledged: "requested", // to execute (or ask for information)
  info_requested: "requesting", // to provide the information
  in_execution: "requested",
  postponed: "requested",
  executed: "closed",
  partially_executed: "closed",
  refused: "closed",
  withdrawn: "closed",
};

export function whoseMove(status: MlaStatus): Side {
  return NEXT[status];
}

/** The state whose move it is (null once the request is closed). */
export function movingState(mla: { status: MlaStatus; requesting_state: string; requested_state: string }): string | null {
  const side = whoseMove(mla.status);
  if (side === "closed") return null;
  return side === "requesting" ? mla.requesting_state : mla.requested_state;
}

// What each act asks for (MLA_RULES `requires`): a note or a reason.
export const MLA_FIELDS: Record<MlaAction, { note: "required" | "optional"; reason: boolean }> = {
  send: { note: "optional", reason: false },
  receive: { note: "optional", reason: false },
  acknowledge: { note: "optional", reason: false },
  request_info: { note: "required", reason: false },
  provide_info: { note: "required", reason: false },
  consult: { note: "required", reason: false },
  start_execution: { note: "optional", reason: false },
  postpone: { note: "optional", reason: true },
  execute: { note: "optional", reason: false },
  partially_execute: { note: "required", reason: false },
  refuse: { note: "optional", reason: true },
  withdraw: { note: "optional", reason: false },
};

export const MLA_ORDER: readonly MlaAction[] = [
  "send",
  "receive",
  "acknowledge",
  "request_info",
  "provide_info",
  "consult",
  "start_execution",
  "postpone",
  "execute",
  "partially_execute",
  "refuse",
  "withdraw",
];

export function allowedMlaActs(mla: { allowed_actions?: readonly string[] | null }): MlaAction[] {
  const allowed = new Set(mla.allowed_actions ?? []);
  return MLA_ORDER.filter((action) => allowed.has(action));
}

export function mlaPayload(action: MlaAction, note: string, reason: string): Schemas["MlaActionRequest"] {
  const body: Schemas["MlaActionRequest"] = { action };
  if (note.trim()) body.note = note.trim();
  if (MLA_FIELDS[action].reason) body.reason = reason.trim();
  return body;
}

/** Days from `today` to `due` (negative when past), both YYYY-MM-DD. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
