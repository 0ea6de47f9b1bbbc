// What each legal act asks for: the web application's reading of the rules table
// (workflows/asset_rules.py, ASSET_RULES: `requires` and `accepts`). The form shows exactly these
// fields; the API checks them again and its `errors[].attr` are put back beside each field.
import type { Schemas } from "../api/client";

export type AssetAction = Schemas["AssetActionEnum"];
export type ActInput = Schemas["AssetTransitionInputRequest"];

/** A field of an act's form. `order` is the legal order (authority, jurisdiction, reference,
 * date of issue); `expires_on` its expiry, asked only where the order carries one. */
export type ActField =
  | "order"
  | "expires_on"
  | "amount"
  | "basis"
  | "final"
  | "recipient"
  | "final_judgment"
  | "entitlement"
  | "deducted_expenses"
  | "disposal_agreement"
  | "corrects"
  | "note";

export type ActSpec = { required: readonly ActField[]; optional: readonly ActField[] };

// Mirrors ASSET_RULES row by row (requires -> required, accepts -> optional): the shape the API's
// `/assets/{id}/actions/` gives each act (specOf), kept here for the tests and as documentation.
export const ACT_FIELDS: Record<AssetAction, ActSpec> = {
  freeze: { required: ["order", "expires_on"], optional: ["amount", "note"] },
  renew_freeze: { required: ["order", "expires_on"], optional: ["amount", "note"] },
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
  // Issue 19: which order is lifted (`restraint_order`), and why part is released, are asked by
  // the API (its errors name them) until the form offers them.
  release_order: { required: ["order"], optional: ["note"] },
  release_part: { required: ["order", "amount"], optional: ["note"] },
  correct_record: { required: ["corrects", "note"], optional: ["order", "amount", "deducted_expenses"] },
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
  "repatriate",
  "release",
  "release_order",
  "release_part",
  "correct_record",
];

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
  // A freeze's term: the form asks for its date (hours or none are recorded through the API).
  order_term: "expires_on",
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

/** The caller's acts in button order. */
export function orderedActs(acts: readonly OpenAct[]): OpenAct[] {
  return [...acts].sort((a, b) => ACT_ORDER.indexOf(a.action) - ACT_ORDER.indexOf(b.action));
}

/** Everything typed in an act's form, as strings (nothing typed is lost on an error). */
export type ActValues = {
  authority: string;
  jurisdiction: string;
  /** Where in that state the authority sits (its holidays count for a freeze's lapse). */
  subdivision: string;
  reference: string;
  issued_on: string;
  expires_on: string;
  amount: string;
  currency: string;
  basis: string;
  final: boolean;
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
    expires_on: "",
    amount: "",
    currency: defaults.currency ?? "",
    basis: "",
    final: false,
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

function money(amount: string, currency: string) {
  return { amount: amount.trim().replace(",", "."), currency: currency.trim().toUpperCase() };
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
      ...(fields.has("expires_on") || v.expires_on ? { expires_on: v.expires_on || null } : {}),
    };
  }
  if (fields.has("amount") && (isRequired(spec, "amount") || v.amount.trim())) {
    body.amount = money(v.amount, v.currency);
  }
  if (fields.has("basis")) body.basis = v.basis as Schemas["BasisEnum"];
  if (fields.has("final")) body.final = v.final;
  if (fields.has("recipient")) {
    body.recipient = v.recipient as Schemas["RecipientEnum"];
    if (v.recipient === "requesting_state") body.recipient_state = v.recipient_state.trim().toUpperCase() || null;
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
  if (fields.has("deducted_expenses") && v.expenses.trim()) body.deducted_expenses = money(v.expenses, v.currency);
  if (fields.has("disposal_agreement") && v.disposal_agreement.trim()) body.disposal_agreement = v.disposal_agreement.trim();
  if (fields.has("corrects")) body.corrects = v.corrects;
  if (fields.has("note") && (isRequired(spec, "note") || v.note.trim())) body.note = v.note.trim();
  return body;
}

/** The form control an API error (`errors[].attr`) belongs beside; unknown ones go to the summary. */
export function controlFor(attr: string | null | undefined): keyof ActValues | null {
  if (!attr) return null;
  const [head, tail] = attr.split(".");
  if (head === "order") {
    if (tail && ["authority", "jurisdiction", "subdivision", "reference", "issued_on", "expires_on"].includes(tail)) {
      return tail as keyof ActValues;
    }
    return "reference";
  }
  if (head === "amount") return tail === "currency" ? "currency" : "amount";
  if (head === "deducted_expenses") return "expenses";
  if (head === "recipient_state") return "recipient_state";
  const direct: (keyof ActValues)[] = [
    "basis",
    "final",
    "recipient",
    "final_judgment",
    "final_judgment_waived",
    "entitlement",
    "entitlement_evidence",
    "disposal_agreement",
    "corrects",
    "note",
  ];
  return direct.includes(head as keyof ActValues) ? (head as keyof ActValues) : null;
}
