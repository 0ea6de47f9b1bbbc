// The request bodies of the proceeds screens (value orders and what satisfies them, asset-sharing
// agreements, third-party claims), from what was typed: pure, so the rules they follow are tested.
import type { Schemas } from "../api/client";
import { moneyInput } from "../assets/actRules";

/** What was typed in one of these forms, as strings (nothing typed is lost on an error). */
export type Typed = Record<string, string>;

const trimmed = (v: Typed, key: string) => (v[key] ?? "").trim();
const percent = (text: string) => text.trim().replace(",", ".").replace(/\s*%$/, "");

/** A value order (UNCAC Art. 31(1)(a), CETS 198 Art. 3): against a subject, or the case. */
export function valueOrderBody(caseId: string, v: Typed, final: boolean): Schemas["ValueOrderCreateRequest"] {
  return {
    case: caseId,
    ...(v.subject ? { subject: v.subject } : {}),
    order: {
      authority: trimmed(v, "authority"),
      jurisdiction: trimmed(v, "jurisdiction").toUpperCase(),
      reference: trimmed(v, "reference"),
      issued_on: v.issued_on ?? "",
    },
    amount: moneyInput(v.amount ?? "", v.currency ?? ""),
    ...(v.basis ? { basis: v.basis as Schemas["BasisEnum"] } : {}),
    final,
    ...(trimmed(v, "note") ? { note: trimmed(v, "note") } : {}),
  };
}

/** A payment of a final value order from one asset, in the order's own currency. */
export function satisfactionBody(order: Pick<Schemas["ValueOrder"], "amount">, v: Typed): Schemas["SatisfactionCreateRequest"] {
  return {
    asset: v.asset ?? "",
    amount: moneyInput(v.amount ?? "", order.amount.currency),
    ...(trimmed(v, "note") ? { note: trimmed(v, "note") } : {}),
  };
}

/** What an agreement shares: `asset:<id>` (a confiscated asset) or `value_order:<id>`. */
export function sharedOf(choice: string): { asset?: string; value_order?: string } {
  const [kind, id] = choice.split(":");
  if (!id) return {};
  return kind === "asset" ? { asset: id } : kind === "value_order" ? { value_order: id } : {};
}

/** An asset-sharing agreement: EU 2018/1805 Art. 30(7)'s default split, or an agreed share
 * (CETS 198 Art. 25(3)) with its percentage and reference. The EUR value is asked for an amount
 * in another currency (the default rule's EUR 10 000 threshold). */
export function sharingAgreementBody(caseId: string, v: Typed): Schemas["SharingAgreementCreateRequest"] {
  const amount = moneyInput(v.amount ?? "", v.currency ?? "");
  const agreed = v.rule === "agreed_share";
  return {
    case: caseId,
    ...sharedOf(v.shared ?? ""),
    executing_state: v.executing_state ?? "",
    issuing_state: v.issuing_state ?? "",
    rule: (v.rule || "eu_2018_1805_default") as Schemas["RuleEnum"],
    ...(agreed && trimmed(v, "issuing_share_percent") ? { issuing_share_percent: percent(v.issuing_share_percent!) } : {}),
    ...(trimmed(v, "agreement_reference") ? { agreement_reference: trimmed(v, "agreement_reference") } : {}),
    ...(v.concluded_on ? { concluded_on: v.concluded_on } : {}),
    amount,
    ...(amount.currency !== "EUR" && trimmed(v, "eur_value") ? { eur_value: moneyInput(v.eur_value!, "EUR") } : {}),
    ...(trimmed(v, "note") ? { note: trimmed(v, "note") } : {}),
  };
}

/** A third party's claim on an asset (UNCAC Art. 31(9), 55(9)): for an amount, or a share. */
export function claimBody(caseId: string, v: Typed): Schemas["ThirdPartyClaimCreateRequest"] {
  return {
    case: caseId,
    asset: v.asset ?? "",
    claimant: trimmed(v, "claimant"),
    ...(trimmed(v, "grounds") ? { grounds: trimmed(v, "grounds") } : {}),
    filed_on: v.filed_on ?? "",
    ...(v.claim_kind === "share"
      ? { claimed_share_percent: percent(v.claimed_share_percent ?? "") }
      : { claimed_amount: moneyInput(v.amount ?? "", v.currency ?? "") }),
    ...(trimmed(v, "note") ? { note: trimmed(v, "note") } : {}),
  };
}

/** The decision on a filed claim; what a partly upheld claim won, in the claim's own terms. */
export function decisionBody(claim: Pick<Schemas["ThirdPartyClaim"], "claimed_amount">, v: Typed): Schemas["ThirdPartyClaimDecisionRequest"] {
  const status = v.status as Schemas["ThirdPartyClaimDecisionStatusEnum"];
  const body: Schemas["ThirdPartyClaimDecisionRequest"] = {
    status,
    decision_authority: trimmed(v, "decision_authority"),
    decided_on: v.decided_on ?? "",
  };
  if (status === "partly_upheld") {
    if (claim.claimed_amount) body.upheld_amount = moneyInput(v.upheld ?? "", claim.claimed_amount.currency);
    else body.upheld_share_percent = percent(v.upheld ?? "");
  }
  return body;
}

/** The control of a proceeds form an API error belongs beside: `order.reference` beside the
 * reference, `amount.currency` beside the currency, `claimed_amount` beside the amount... */
export function proceedsControlFor(known: readonly string[]) {
  return (attr: string | null | undefined): string | null => {
    if (!attr) return null;
    const [head, tail] = attr.split(".");
    if (head === "order") return tail && known.includes(tail) ? tail : known.includes("reference") ? "reference" : null;
    if (head === "amount" || head === "claimed_amount") return tail === "currency" && known.includes("currency") ? "currency" : "amount";
    if (head === "eur_value") return "eur_value";
    if (head === "upheld_amount" || head === "upheld_share_percent") return "upheld";
    if (head === "asset" || head === "value_order") return known.includes("shared") ? "shared" : "asset";
    return head && known.includes(head) ? head : null;
  };
}
