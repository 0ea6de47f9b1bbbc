// What the asset form asks, and what it sends: a pure reading of the API's asset fields
// (AssetCreateRequest: `details` by kind, cases/asset_kinds/kinds.py).
import type { Schemas } from "../api/client";
import { moneyInput, type OffenceCategory } from "./actRules";

export type AssetKind = Schemas["AssetKindEnum"];
export const ASSET_KINDS: readonly AssetKind[] = [
  "bank_account",
  "real_estate",
  "company_shares",
  "securities",
  "vehicle",
  "vessel",
  "aircraft",
  "crypto_wallet",
  "cash",
  "valuables",
  "other",
];

/** The identifying fields of each kind, the required ones first (`*` in the API's description). */
export const DETAIL_FIELDS: Record<AssetKind, readonly { name: string; required?: boolean }[]> = {
  bank_account: [{ name: "bank_name", required: true }, { name: "iban" }, { name: "account_number" }, { name: "bic" }, { name: "account_holder_name" }, { name: "currency" }],
  real_estate: [{ name: "address", required: true }, { name: "title_number" }, { name: "land_registry" }, { name: "property_type" }],
  company_shares: [{ name: "company_name", required: true }, { name: "company_number" }, { name: "share_count" }, { name: "percentage" }],
  securities: [{ name: "isin", required: true }, { name: "custodian" }, { name: "quantity" }],
  vehicle: [{ name: "registration_number", required: true }, { name: "vin" }, { name: "make_model" }],
  vessel: [{ name: "name", required: true }, { name: "imo_number" }, { name: "mmsi" }, { name: "flag_state" }, { name: "length_m" }],
  aircraft: [{ name: "registration_mark", required: true }, { name: "serial_number" }, { name: "model" }],
  crypto_wallet: [{ name: "address", required: true }, { name: "network", required: true }],
  cash: [{ name: "location", required: true }, { name: "currency" }],
  valuables: [{ name: "description_of_item", required: true }, { name: "location" }],
  other: [{ name: "reference" }],
};

/** Everything typed in the asset form, as strings. */
export type AssetValues = {
  kind: AssetKind;
  description: string;
  jurisdiction: string;
  details: Record<string, string>;
  value_amount: string;
  value_currency: string;
  not_yet_valued: boolean;
  holding_amount: string;
  holding_unit: string;
  /** "" for the case's own offence. */
  offence_category: OffenceCategory | "";
  source: string;
  /** The subject who holds the asset, and the one who owns it in the end ("" for none). */
  holder: string;
  beneficial_owner: string;
  restricted: boolean;
  internal_notes: string;
};

export function assetValues(asset?: Schemas["Asset"]): AssetValues {
  return {
    kind: asset?.kind ?? "bank_account",
    description: asset?.description ?? "",
    jurisdiction: asset?.jurisdiction ?? "",
    details: { ...(asset?.details ?? {}) },
    value_amount: asset?.estimated_value?.amount ?? "",
    value_currency: asset?.estimated_value?.currency ?? "",
    not_yet_valued: asset?.not_yet_valued ?? false,
    holding_amount: asset?.holding?.amount ?? "",
    holding_unit: asset?.holding?.unit ?? "",
    offence_category: asset?.offence_category ?? "",
    source: asset?.source ?? "",
    holder: asset?.holder ?? "",
    beneficial_owner: asset?.beneficial_owner ?? "",
    restricted: asset?.restricted ?? false,
    internal_notes: asset?.internal_notes ?? "",
  };
}

type AssetBody = Omit<Schemas["AssetCreateRequest"], "case">;

/** The whole asset as the form would create it. */
function fullBody(v: AssetValues): AssetBody {
  const details: Record<string, string> = {};
  for (const field of DETAIL_FIELDS[v.kind]) {
    const typed = (v.details[field.name] ?? "").trim();
    if (typed) details[field.name] = typed;
  }
  const body: AssetBody = {
    kind: v.kind,
    description: v.description.trim(),
    jurisdiction: v.jurisdiction,
    details,
    offence_category: v.offence_category,
    source: v.source.trim(),
    holder: v.holder || null,
    beneficial_owner: v.beneficial_owner || null,
    restricted: v.restricted,
    internal_notes: v.internal_notes,
  };
  // DOMAIN.md, identified: an estimated value and currency, or an explicit "not yet valued".
  if (v.not_yet_valued) {
    body.not_yet_valued = true;
    body.estimated_value = null;
  } else {
    body.estimated_value = moneyInput(v.value_amount, v.value_currency);
  }
  if (v.kind === "crypto_wallet" && v.holding_amount.trim()) {
    body.holding = { amount: v.holding_amount.trim().replace(",", "."), unit: v.holding_unit.trim().toUpperCase() };
  }
  return body;
}

/** The body of a new asset. */
export function assetCreateBody(caseId: string, v: AssetValues): Schemas["AssetCreateRequest"] {
  return { ...fullBody(v), case: caseId };
}

/** The body of an edit: only what changed, so that someone else's change to another field stays. */
export function assetUpdateBody(before: AssetValues, v: AssetValues): Schemas["PatchedAssetUpdateRequest"] {
  const was = fullBody(before);
  const now = fullBody(v);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof AssetBody)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) changes[key] = now[key];
  }
  // (Valued again: the estimated value alone clears "not yet valued", as the API says.)
  return changes as Schemas["PatchedAssetUpdateRequest"];
}

/** The form control an API error belongs beside (`details.bank_name`, `estimated_value.amount`). */
export function assetControlFor(attr: string | null | undefined): string | null {
  if (!attr) return null;
  const [head, tail] = attr.split(".");
  if (head === "details") return tail ? `details.${tail}` : "description";
  if (head === "estimated_value") return tail === "currency" ? "value_currency" : "value_amount";
  if (head === "holding") return tail === "unit" ? "holding_unit" : "holding_amount";
  const direct = [
    "kind",
    "description",
    "jurisdiction",
    "not_yet_valued",
    "offence_category",
    "source",
    "holder",
    "beneficial_owner",
    "restricted",
    "internal_notes",
  ];
  return direct.includes(head ?? "") ? head! : null;
}
