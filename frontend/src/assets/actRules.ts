// What each legal act asks for: the web application's reading of the rules table
// (workflows/asset_rules.py, ASSET_RULES: `requires` and `accepts`). The form shows exactly these
// fields; the API checks them again and its `errors[].attr` are put back beside each field.
import type { Schemas } from "../api/client";

export type AssetAction = Schemas["AssetActionEnum"];
export type ActInput = Schemas["AssetTransitionInputRequest"];

/** A field of an act's form. `order` is the legal order (authority, jurisdiction, reference,
 * date of issue); `term` a freeze order's term (an expiry date, hours from its time of issue, or
 * none), asked only where the order carries one; `restraint_order` the order a renewal renews or
 * a release lifts; `release_reason` why part of the value is released; `sold_on` the day of a sale
 * before judgment (its `order` is the court's authorisation, its `amount` the price). */
export type ActField =
  | "order"
  | "term"
  | "restraint_order"
  | "release_reason"
  | "amount"
  | "basis"
  | "final"
  | "recipient"
  | "final_judgment"
  | "entitlement"
  | "deducted_expenses"
  | "disposal_agreement"
  | "corrects"
  | "sold_on"
  | "note";

export type ActSpec = { required: readonly ActField[]; optional: readonly ActField[] };

// Mirrors ASSET_RULES row by row (requires -> required, accepts -> optional): the shape the API's
// `/assets/{id}/actions/` gives each act (specOf), kept here for the tests and as documentation.
export const ACT_FIELDS: Record<AssetAction, ActSpec> = {
  freeze: { required: ["order", "term"], optional: ["amount", "note"] },
  // The order it renews: preselected when the asset has one freeze order (the API then infers it).
  renew_freeze: { required: ["order", "term", "restraint_order"], optional: ["amount", "note"] },
  decide_not_to_freeze: { required: ["note"], optional: [] },
  seize: { required: ["order"], optional: ["amount", "note"] },
  // Only a final order takes title: `final` must be ticked.
  confiscate: { required: ["order", "final", "basis", "amount"], optional: ["note"] },
  // Appeals: a first-instance order (not yet title), made final or quashed by the appeal.
  confiscate_under_appeal: { required: ["order", "basis", "amount"], optional: ["note"] },
  confirm_confiscation: { required: ["order"], optional: ["amount", "note"] },
  quash_confiscation: { required: ["order"], optional: ["note"] },
  // UNCAC Art. 57: recipient (and its state), 57(4) deducted expenses, 57(5) disposal agreement.
  // The final judgment (or its waiver) and the ground of a (b) return: which tier needs them is
  // the API's check (the asset's offence), so the form offers them without requiring them.
  repatriate: {
    required: ["order", "amount", "recipient"],
    optional: ["final_judgment", "entitlement", "deducted_expenses", "disposal_agreement", "note"],
  },
  release: { required: ["order"], optional: ["note"] },
  release_order: { required: ["order", "restraint_order"], optional: ["note"] },
  // UNCAC Art. 31(9), EU 2018/1805 Art. 33: part released for living or legal expenses.
  release_part: { required: ["order", "amount", "release_reason"], optional: ["note"] },
  // The confiscation quashed, the court keeps the restraint (retrial): back to frozen or seized.
  quash_keeping_restraint: { required: ["order"], optional: ["note"] },
  // Recorded only by a value order's satisfaction (POST /value-orders/{id}/satisfactions/): never
  // offered as a button, shown in the history.
  apply_to_value_order: { required: ["order", "amount"], optional: ["note"] },
  // UNCAC Art. 31(3), EU 2018/1805 Art. 28: sold with the court's authorisation (`order`), for a
  // price (`amount`) on a day (`sold_on`); it stays restrained as the cash proceeds.
  sell_before_judgment: { required: ["order", "amount", "sold_on"], optional: ["note"] },
  // A correction restates what the corrected act carries: the form shows that act's fields only.
  correct_record: {
    required: ["corrects", "note"],
    optional: ["order", "amount", "deducted_expenses", "basis", "final", "recipient", "disposal_agreement"],
  },
};

/** The order the buttons are shown in. */
export const ACT_ORDER: readonly AssetAction[] = [
  "freeze",
  "renew_freeze",
  "decide_not_to_freeze",
  "seize",
  "confiscate_under_appeal",
  "confiscate",
  "confirm_confiscation",
  "quash_confiscation",
  "quash_keeping_restraint",
  "sell_before_judgment",
  "repatriate",
  "release",
  "release_order",
  "release_part",
  "apply_to_value_order",
  "correct_record",
];

/** Acts recorded by something else (a value order's satisfaction), never through an act button. */
export const NOT_OFFERED: ReadonlySet<AssetAction> = new Set<AssetAction>(["apply_to_value_order"]);

export function fieldsOf(spec: ActSpec): ActField[] {
  return [...spec.required, ...spec.optional];
}

export function isRequired(spec: ActSpec, field: ActField): boolean {
  return spec.required.includes(field);
}

/** One act the caller may record now (GET /assets/{id}/actions/, per caller). */
export type OpenAct = Schemas["AssetAction"];

// Requirement names of the rules table (workflows/asset_rules.py REQUIREMENTS) that are a field
// of the form; the others (later_expiry, within_confiscated, ...) are checks the API makes.
const REQUIREMENT_FIELD: Record<string, ActField> = {
  order: "order",
  order_term: "term",
  renewed_order: "restraint_order",
  released_order: "restraint_order",
  release_reason: "release_reason",
  sale_date: "sold_on",
  amount: "amount",
  basis: "basis",
  final_order: "final",
  recipient: "recipient",
  note: "note",
  corrects: "corrects",
};
// Input fields the API lists in `carries` that are a field of the form.
const CARRIED_FIELD: Record<string, ActField> = {
  order: "order",
  amount: "amount",
  basis: "basis",
  final: "final",
  recipient: "recipient",
  final_judgment: "final_judgment",
  final_judgment_waived: "final_judgment",
  entitlement: "entitlement",
  entitlement_evidence: "entitlement",
  deducted_expenses: "deducted_expenses",
  disposal_agreement: "disposal_agreement",
  corrects: "corrects",
  restraint_order: "restraint_order",
  release_reason: "release_reason",
  sold_on: "sold_on",
  note: "note",
};

/** The form of an act as the API describes it: required from `requires`, the rest of `carries`
 * optional. */
export function specOf(act: Pick<OpenAct, "requires" | "carries">): ActSpec {
  const required: ActField[] = [];
  for (const requirement of act.requires) {
    const field = REQUIREMENT_FIELD[requirement.name];
    if (field && !required.includes(field)) required.push(field);
  }
  const optional: ActField[] = [];
  for (const name of act.carries) {
    const field = CARRIED_FIELD[name];
    if (field && !required.includes(field) && !optional.includes(field)) optional.push(field);
  }
  return { required, optional };
}

/** The caller's acts in button order (those recorded elsewhere left out). */
export function orderedActs(acts: readonly OpenAct[]): OpenAct[] {
  return acts.filter((act) => !NOT_OFFERED.has(act.action)).sort((a, b) => ACT_ORDER.indexOf(a.action) - ACT_ORDER.indexOf(b.action));
}

/** How a freeze order's term is given (one only, as the API asks): the last day it is in force,
 * a number of hours from its time of issue (an urgent measure: 48 hours), or none (in force until
 * released: a UK restraint order, many EU 2018/1805 freezing orders). */
export type TermKind = "date" | "hours" | "none";
export const TERM_KINDS: readonly TermKind[] = ["date", "hours", "none"];
export const RELEASE_REASONS: readonly Schemas["ReleaseReasonEnum"][] = ["living_expenses", "legal_expenses", "other"];

/** Everything typed in an act's form, as strings (nothing typed is lost on an error). */
export type ActValues = {
  authority: string;
  jurisdiction: string;
  /** Where in that state the authority sits (its holidays count for a freeze's lapse). */
  subdivision: string;
  reference: string;
  issued_on: string;
  /** The time of issue, local time where issued (HH:MM): a term in hours runs from it. */
  issued_at: string;
  term_kind: TermKind;
  expires_on: string;
  term_hours: string;
  restraint_order: string;
  release_reason: string;
  /** The day of a sale before judgment (YYYY-MM-DD). */
  sold_on: string;
  amount: string;
  currency: string;
  basis: string;
  final: boolean;
  /** A correction's restated finality: "" keeps it, "true" or "false" restates it. */
  finality: string;
  recipient: string;
  recipient_state: string;
  final_judgment: string;
  final_judgment_waived: boolean;
  entitlement: string;
  entitlement_evidence: string;
  expenses: string;
  disposal_agreement: string;
  corrects: string;
  note: string;
};

export function emptyValues(defaults: { jurisdiction?: string; currency?: string } = {}): ActValues {
  return {
    authority: "",
    jurisdiction: defaults.jurisdiction ?? "",
    subdivision: "",
    reference: "",
    issued_on: "",
    issued_at: "",
    term_kind: "date",
    expires_on: "",
    term_hours: "",
    restraint_order: "",
    release_reason: "",
    sold_on: "",
    amount: "",
    currency: defaults.currency ?? "",
    basis: "",
    final: false,
    finality: "",
    recipient: "",
    recipient_state: "",
    final_judgment: "",
    final_judgment_waived: false,
    entitlement: "",
    entitlement_evidence: "",
    expenses: "",
    disposal_agreement: "",
    corrects: "",
    note: "",
  };
}

/** Money as the API takes it: a decimal string (never a JSON number) and an ISO 4217 code. */
export function moneyInput(amount: string, currency: string) {
  return { amount: amount.trim().replace(",", "."), currency: currency.trim().toUpperCase() };
}

/** The term of a freeze order, as typed (one term only; a blank date or hours left for the API
 * to name as missing). */
function termOf(v: ActValues): Partial<Schemas["OrderRequest"]> {
  if (v.term_kind === "none") return { without_term: true };
  if (v.term_kind === "hours") {
    const hours = v.term_hours.trim();
    return { term_hours: /^\d+$/.test(hours) ? Number(hours) : null, issued_at: v.issued_at || null };
  }
  return { expires_on: v.expires_on || null };
}

/** The request body of an act: only the fields its row asks for, empty optional ones left out. */
export function actPayload(action: AssetAction, v: ActValues, spec: ActSpec = ACT_FIELDS[action]): ActInput {
  const fields = new Set(fieldsOf(spec));
  const body: ActInput = { action };
  const orderTyped = [v.authority, v.reference, v.issued_on, v.expires_on, v.subdivision].some((s) => s.trim() !== "");
  if (fields.has("order") && (isRequired(spec, "order") || orderTyped)) {
    body.order = {
      authority: v.authority.trim(),
      jurisdiction: v.jurisdiction.trim().toUpperCase(),
      ...(v.subdivision.trim() ? { subdivision: v.subdivision.trim().toUpperCase() } : {}),
      reference: v.reference.trim(),
      issued_on: v.issued_on,
      // A correction restates an expiry only when one is typed.
      ...(fields.has("term") ? termOf(v) : v.expires_on ? { expires_on: v.expires_on } : {}),
    };
  }
  if (fields.has("restraint_order") && v.restraint_order) body.restraint_order = v.restraint_order;
  if (fields.has("release_reason") && v.release_reason) body.release_reason = v.release_reason as Schemas["ReleaseReasonEnum"];
  if (fields.has("sold_on") && v.sold_on) body.sold_on = v.sold_on;
  if (fields.has("amount") && (isRequired(spec, "amount") || v.amount.trim())) {
    body.amount = moneyInput(v.amount, v.currency);
  }
  if (fields.has("basis") && (isRequired(spec, "basis") || v.basis)) body.basis = v.basis as Schemas["BasisEnum"];
  if (fields.has("final")) {
    if (isRequired(spec, "final")) body.final = v.final;
    else if (v.finality) body.final = v.finality === "true";
  }
  if (fields.has("recipient")) {
    const restating = !isRequired(spec, "recipient");
    if (v.recipient || !restating) body.recipient = v.recipient as Schemas["RecipientEnum"];
    if (v.recipient === "requesting_state") body.recipient_state = v.recipient_state.trim().toUpperCase() || null;
    // A correction may restate the receiving state alone.
    else if (restating && !v.recipient && v.recipient_state.trim()) body.recipient_state = v.recipient_state.trim().toUpperCase();
  }
  // UNCAC Art. 57(3)(a), (b): the final judgment in the requesting state, or its waiver.
  if (fields.has("final_judgment")) {
    if (v.final_judgment_waived) body.final_judgment_waived = true;
    else if (v.final_judgment.trim()) body.final_judgment = v.final_judgment.trim();
  }
  if (fields.has("entitlement") && v.entitlement) {
    body.entitlement = v.entitlement as Schemas["EntitlementEnum"];
    if (v.entitlement_evidence.trim()) body.entitlement_evidence = v.entitlement_evidence.trim();
  }
  // UNCAC Art. 57(4): expenses are deducted in the tranche's own currency.
  if (fields.has("deducted_expenses") && v.expenses.trim()) body.deducted_expenses = moneyInput(v.expenses, v.currency);
  if (fields.has("disposal_agreement") && v.disposal_agreement.trim()) body.disposal_agreement = v.disposal_agreement.trim();
  if (fields.has("corrects")) body.corrects = v.corrects;
  if (fields.has("note") && (isRequired(spec, "note") || v.note.trim())) body.note = v.note.trim();
  return body;
}

type RestraintOrder = Schemas["RestraintOrder"];

/** The asset's orders an act may name (`restraint_order`), as the API checks them: a renewal
 * renews a freeze order not ended by an act and with a term (one lapsed may still be renewed by
 * an order issued before it lapsed); `release_order` lifts any order not yet ended. */
export function orderChoices(action: AssetAction, orders: readonly RestraintOrder[]): RestraintOrder[] {
  const open = orders.filter((o) => o.status === "in_force" || o.status === "lapsed");
  if (action === "renew_freeze") return open.filter((o) => o.kind === "freeze" && (o.expires_on !== null || o.term_hours !== null));
  if (action === "release_order") return open;
  return [];
}

/** The fields a correction restates: those the corrected act carries. */
export function correctionFields(corrected: Schemas["AssetTransition"] | undefined): Set<ActField> {
  const shown = new Set<ActField>(["corrects", "note"]);
  if (!corrected) return shown;
  if (corrected.order) shown.add("order");
  if (corrected.amount) shown.add("amount");
  if (corrected.basis) shown.add("basis");
  if (corrected.action === "confiscate") shown.add("final");
  if (corrected.recipient) shown.add("recipient");
  if (corrected.action === "repatriate") {
    shown.add("deducted_expenses");
    shown.add("disposal_agreement");
  }
  return shown;
}

/** The form control an API error (`errors[].attr`) belongs beside; unknown ones go to the summary. */
export function controlFor(attr: string | null | undefined): keyof ActValues | null {
  if (!attr) return null;
  const [head, tail] = attr.split(".");
  if (head === "order") {
    const own = ["authority", "jurisdiction", "subdivision", "reference", "issued_on", "issued_at", "expires_on", "term_hours"];
    if (tail && own.includes(tail)) return tail as keyof ActValues;
    if (tail === "without_term") return "term_kind";
    return "reference";
  }
  if (head === "amount") return tail === "currency" ? "currency" : "amount";
  if (head === "deducted_expenses") return "expenses";
  if (head === "recipient_state") return "recipient_state";
  if (head === "final") return "final";
  const direct: (keyof ActValues)[] = [
    "basis",
    "recipient",
    "final_judgment",
    "final_judgment_waived",
    "entitlement",
    "entitlement_evidence",
    "disposal_agreement",
    "corrects",
    "restraint_order",
    "release_reason",
    "sold_on",
    "note",
  ];
  return direct.includes(head as keyof ActValues) ? (head as keyof ActValues) : null;
}

export type OffenceCategory = Schemas["OffenceCategoryEnum"];
export const OFFENCE_CATEGORIES: readonly OffenceCategory[] = ["embezzlement", "laundering_embezzled", "bribery", "laundering", "other"];

// UNCAC Art. 57(3), as cases/models/cases.py ART_57_TIER reads it: (a) embezzlement of public
// funds or laundering of embezzled public funds; (b) proceeds of any other offence covered by the
// Convention (bribery, other laundering); (c) all other cases.
export const ART_57_TIER: Record<OffenceCategory, "a" | "b" | "c"> = {
  embezzlement: "a",
  laundering_embezzled: "a",
  bribery: "b",
  laundering: "b",
  other: "c",
};

/** The tier of a return from this asset: its own offence's, else the case's. */
export function art57TierOf(asset: { offence_category: string }, caseTier: string | undefined): string | undefined {
  const own = asset.offence_category as OffenceCategory | "";
  return own ? ART_57_TIER[own] : caseTier || undefined;
}
