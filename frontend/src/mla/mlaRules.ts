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

/** The state whose move it is (null once the request is closed). An incoming draft waits for the
 * case's state, the requested one, to record it as received. */
export function movingState(mla: {
  status: MlaStatus;
  requesting_state: string;
  requested_state: string;
  direction?: Schemas["DirectionEnum"];
}): string | null {
  if (mla.status === "draft" && mla.direction === "incoming") return mla.requested_state;
  const side = whoseMove(mla.status);
  if (side === "closed") return null;
  return side === "requesting" ? mla.requesting_state : mla.requested_state;
}

export type Direction = Schemas["DirectionEnum"];
export type RefusalGround = Schemas["RefusalGroundsEnum"];

export const REFUSAL_GROUNDS: readonly RefusalGround[] = ["uncac_46_21", "de_minimis_55_7", "dual_criminality_46_9", "other"];

/** A date field an act takes: `sent_on` (send, receive), `acknowledged_on` (acknowledge), both
 * not in the future; `reply_due_on` (request_info, required), not in the past. */
export type MlaDateField = "sent_on" | "acknowledged_on" | "reply_due_on";

export type MlaActSpec = {
  note: "required" | "optional";
  reason: boolean;
  /** The act's date field, and whether it is required. */
  date?: { field: MlaDateField; required: boolean };
  /** `refusal_grounds` (refuse only: the API refuses grounds on any other act). */
  grounds?: boolean;
};

// What each act asks for (MLA_RULES `requires`, MlaActionRequest): a note, a reason, a date,
// refusal grounds.
export const MLA_FIELDS: Record<MlaAction, MlaActSpec> = {
  send: { note: "optional", reason: false, date: { field: "sent_on", required: false } },
  receive: { note: "optional", reason: false, date: { field: "sent_on", required: false } },
  acknowledge: { note: "optional", reason: false, date: { field: "acknowledged_on", required: false } },
  request_info: { note: "required", reason: false, date: { field: "reply_due_on", required: true } },
  provide_info: { note: "required", reason: false },
  consult: { note: "required", reason: false },
  start_execution: { note: "optional", reason: false },
  postpone: { note: "optional", reason: true },
  execute: { note: "optional", reason: false },
  partially_execute: { note: "required", reason: false },
  refuse: { note: "optional", reason: true, grounds: true },
  withdraw: { note: "optional", reason: false },
};

/** Everything typed in an act's form (kept as typed across an error). */
export type MlaActValues = { note: string; reason: string; date: string; grounds: RefusalGround[] };

export function emptyMlaValues(): MlaActValues {
  return { note: "", reason: "", date: "", grounds: [] };
}

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

/** The body of an act: only what the act takes; an empty optional date is left out (today). */
export function mlaPayload(action: MlaAction, values: MlaActValues): Schemas["MlaActionRequest"] {
  const spec = MLA_FIELDS[action];
  const body: Schemas["MlaActionRequest"] = { action };
  if (values.note.trim()) body.note = values.note.trim();
  if (spec.reason) body.reason = values.reason.trim();
  if (spec.date && values.date) body[spec.date.field] = values.date;
  if (spec.grounds) body.refusal_grounds = REFUSAL_GROUNDS.filter((ground) => values.grounds.includes(ground));
  return body;
}

/** The control of the act's form an API error (`errors[].attr`) belongs beside; null: the summary. */
export function mlaControlFor(action: MlaAction, attr: string | null | undefined): keyof MlaActValues | null {
  if (!attr) return null;
  const head = attr.split(".")[0];
  if (head === "note" || head === "reason") return head;
  if (head === "refusal_grounds") return MLA_FIELDS[action].grounds ? "grounds" : null;
  const date = MLA_FIELDS[action].date;
  if (date && head === date.field) return "date";
  return null;
}

/** The API's "consult first" answer (UNCAC 46(26), 55(8)): its message, or null. */
export function consultationRequired(
  problem: { code?: string; detail?: string; errors?: readonly { code?: string | null; detail: string }[] } | undefined,
): string | null {
  const error = problem?.errors?.find((e) => e.code === "consultation_required");
  if (error) return error.detail;
  return problem?.code === "consultation_required" ? (problem.detail ?? "") : null;
}

/** The latest date a date field may take (not in the future), or null when it has no upper bound. */
export function maxDateFor(field: MlaDateField, today: string): string | null {
  return field === "reply_due_on" ? null : today;
}

/** The date field's earliest allowed value (a reply is due today at the earliest). */
export function minDateFor(field: MlaDateField, today: string): string | null {
  return field === "reply_due_on" ? today : null;
}

/** What a draft's form sends: the other state is the requested one of an outgoing request and the
 * requesting one of an incoming request (the case's state fills the other side). */
export type DraftValues = {
  direction: Direction;
  otherState: string;
  subdivision: string;
};

export function draftSides(values: DraftValues): {
  direction: Direction;
  requested_state?: string;
  requesting_state?: string;
  requested_subdivision?: string;
} {
  const other = values.otherState.trim().toUpperCase();
  const subdivision = values.subdivision.trim().toUpperCase();
  return {
    direction: values.direction,
    ...(values.direction === "outgoing" ? { requested_state: other } : { requesting_state: other }),
    ...(subdivision ? { requested_subdivision: subdivision } : {}),
  };
}

/** The field of the draft form an API error on the sides belongs to. */
export function draftControlFor(attr: string | null | undefined): "otherState" | "subdivision" | "direction" | null {
  if (attr === "requested_state" || attr === "requesting_state") return "otherState";
  if (attr === "requested_subdivision") return "subdivision";
  if (attr === "direction") return "direction";
  return null;
}

/** The request's clock: running towards `due_on`, or stopped since `clock_stopped_on` (information
 * awaited, with its reply due on `reply_due_on`, or execution postponed); none once closed. */
export type Clock =
  | { kind: "none" }
  | { kind: "running"; dueOn: string | null }
  | { kind: "stopped"; since: string | null; why: "info_requested" | "postponed"; replyDueOn: string | null };

export function clockOf(mla: {
  status: MlaStatus;
  due_on: string | null;
  clock_stopped_on: string | null;
  reply_due_on: string | null;
}): Clock {
  if (mla.status === "info_requested" || mla.status === "postponed") {
    return {
      kind: "stopped",
      since: mla.clock_stopped_on,
      why: mla.status,
      replyDueOn: mla.status === "info_requested" ? mla.reply_due_on : null,
    };
  }
  if (mla.status === "sent" || mla.status === "acknowledged" || mla.status === "in_execution") {
    return { kind: "running", dueOn: mla.due_on };
  }
  return { kind: "none" };
}

/** The date the side whose move it is should move by: the reply's own date while information is
 * awaited, none while execution is postponed (the clock stands still), else `due_on`. */
export function moveDueOn(mla: { status: MlaStatus; due_on: string | null; reply_due_on: string | null }): string | null {
  if (mla.status === "info_requested") return mla.reply_due_on;
  if (mla.status === "postponed") return null;
  return mla.due_on;
}

/** Today in the user's local date, YYYY-MM-DD (the API bounds the dates again in the acting
 * state's local date). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `today` to `due` (negative when past), both YYYY-MM-DD. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
