import { describe, expect, it } from "vitest";
import { assetControlFor, assetCreateBody, assetUpdateBody, assetValues } from "../assets/assetFields";
import type { Schemas } from "../api/client";
import { claimBody, decisionBody, proceedsControlFor, satisfactionBody, sharedOf, sharingAgreementBody, valueOrderBody } from "./payloads";

const order = { authority: "Southwark Crown Court", jurisdiction: "gb", reference: "T2026-0117-CO", issued_on: "2026-10-01" };

describe("a value order (UNCAC 31(1)(a), CETS 198 Art. 3)", () => {
  it("is against the case unless a subject is named, its amount an exact decimal string", () => {
    const body = valueOrderBody("c1", { ...order, amount: "98765432109876.54", currency: "gbp", basis: "conviction" }, true);
    expect(body).toEqual({
      case: "c1",
      order: { ...order, jurisdiction: "GB" },
      amount: { amount: "98765432109876.54", currency: "GBP" },
      basis: "conviction",
      final: true,
    });
    expect(valueOrderBody("c1", { ...order, subject: "s1", amount: "1", currency: "GBP" }, false)).toMatchObject({ subject: "s1", final: false });
  });
  it("is paid from an asset in the order's own currency", () => {
    const paid = satisfactionBody({ amount: { amount: "100", currency: "KWD" } }, { asset: "a1", amount: "12,345" });
    expect(paid).toEqual({ asset: "a1", amount: { amount: "12.345", currency: "KWD" } });
  });
});

describe("an asset-sharing agreement (EU 2018/1805 Art. 30, CETS 198 Art. 25(3))", () => {
  it("shares a confiscated asset or a value order", () => {
    expect(sharedOf("asset:a1")).toEqual({ asset: "a1" });
    expect(sharedOf("value_order:v1")).toEqual({ value_order: "v1" });
    expect(sharedOf("")).toEqual({});
  });
  it("sends the default rule with the EUR value of an amount in another currency", () => {
    const body = sharingAgreementBody("c1", {
      shared: "asset:a1",
      executing_state: "FR",
      issuing_state: "BE",
      rule: "eu_2018_1805_default",
      amount: "50000",
      currency: "usd",
      eur_value: "46000",
      issuing_share_percent: "40",
    });
    expect(body).toEqual({
      case: "c1",
      asset: "a1",
      executing_state: "FR",
      issuing_state: "BE",
      rule: "eu_2018_1805_default",
      amount: { amount: "50000", currency: "USD" },
      eur_value: { amount: "46000", currency: "EUR" },
    });
  });
  it("sends an agreed share with its percentage and reference, and no EUR value for EUR", () => {
    const body = sharingAgreementBody("c1", {
      shared: "value_order:v1",
      executing_state: "GB",
      issuing_state: "NG",
      rule: "agreed_share",
      issuing_share_percent: "33,5 %",
      agreement_reference: "MoU 2026/4",
      amount: "10",
      currency: "EUR",
      eur_value: "10",
    });
    expect(body).toMatchObject({ value_order: "v1", issuing_share_percent: "33.5", agreement_reference: "MoU 2026/4" });
    expect(body).not.toHaveProperty("eur_value");
  });
});

describe("a third party's claim (UNCAC 31(9), 55(9)) and its decision", () => {
  const typed = { asset: "a1", claimant: " Banque Léman ", filed_on: "2026-11-02", amount: "250000", currency: "chf", claimed_share_percent: "10" };
  it("claims an amount or a share, never both", () => {
    expect(claimBody("c1", typed)).toEqual({
      case: "c1",
      asset: "a1",
      claimant: "Banque Léman",
      filed_on: "2026-11-02",
      claimed_amount: { amount: "250000", currency: "CHF" },
    });
    const share = claimBody("c1", { ...typed, claim_kind: "share" });
    expect(share).toMatchObject({ claimed_share_percent: "10" });
    expect(share).not.toHaveProperty("claimed_amount");
  });
  it("upholds part of a claim in the claim's own terms, and nothing for a full or no win", () => {
    const claim = { claimed_amount: { amount: "250000", currency: "CHF" } };
    const decided = { decision_authority: "Tribunal pénal fédéral", decided_on: "2026-12-01", upheld: "100000" };
    expect(decisionBody(claim, { ...decided, status: "partly_upheld" })).toEqual({
      status: "partly_upheld",
      decision_authority: "Tribunal pénal fédéral",
      decided_on: "2026-12-01",
      upheld_amount: { amount: "100000", currency: "CHF" },
    });
    expect(decisionBody({ claimed_amount: null }, { ...decided, status: "partly_upheld", upheld: "5" })).toMatchObject({ upheld_share_percent: "5" });
    expect(decisionBody(claim, { ...decided, status: "dismissed" })).not.toHaveProperty("upheld_amount");
  });
  it("puts the API's errors beside their fields", () => {
    const control = proceedsControlFor(["asset", "amount", "currency", "reference", "issued_on", "upheld"]);
    expect(control("order.issued_on")).toBe("issued_on");
    expect(control("order")).toBe("reference");
    expect(control("claimed_amount.currency")).toBe("currency");
    expect(control("upheld_amount")).toBe("upheld");
    expect(control("non_field_errors")).toBeNull();
  });
});

describe("the asset form", () => {
  const asset = {
    kind: "bank_account",
    description: "Current account, Geneva",
    jurisdiction: "CH",
    details: { bank_name: "Banque Léman", iban: "CH93" },
    estimated_value: { amount: "1000.00", currency: "CHF" },
    not_yet_valued: false,
    holding: null,
    offence_category: "",
    source: "",
    restricted: false,
    internal_notes: "",
    version: 3,
  } as unknown as Schemas["Asset"];
  it("creates with an estimated value, or explicitly not yet valued (DOMAIN.md: identified)", () => {
    const v = { ...assetValues(), description: "Yacht", kind: "vessel" as const, jurisdiction: "MC", details: { name: " Lady M ", iban: "x" } };
    expect(assetCreateBody("c1", { ...v, value_amount: "5000000", value_currency: "eur" })).toMatchObject({
      case: "c1",
      details: { name: "Lady M" },
      estimated_value: { amount: "5000000", currency: "EUR" },
    });
    expect(assetCreateBody("c1", { ...v, not_yet_valued: true, value_amount: "1" })).toMatchObject({ not_yet_valued: true, estimated_value: null });
  });
  it("sends only what changed, such as the offence the asset is the proceeds of", () => {
    const before = assetValues(asset);
    expect(assetUpdateBody(before, { ...before, offence_category: "laundering_embezzled" })).toEqual({ offence_category: "laundering_embezzled" });
    expect(assetUpdateBody(before, before)).toEqual({});
    expect(assetUpdateBody(before, { ...before, not_yet_valued: true })).toEqual({ not_yet_valued: true, estimated_value: null });
  });
  it("names the holder and the beneficial owner among the case's subjects, or none", () => {
    const v = { ...assetValues(), holder: "s1", value_amount: "1", value_currency: "USD" };
    expect(assetCreateBody("c1", v)).toMatchObject({ holder: "s1", beneficial_owner: null });
    const before = assetValues({ ...asset, holder: "s1", beneficial_owner: null });
    expect(assetUpdateBody(before, { ...before, beneficial_owner: "s2" })).toEqual({ beneficial_owner: "s2" });
    expect(assetUpdateBody(before, { ...before, holder: "" })).toEqual({ holder: null });
    expect(assetControlFor("holder")).toBe("holder");
  });
  it("sends a crypto holding in its own unit, exactly", () => {
    const v = { ...assetValues(), kind: "crypto_wallet" as const, holding_amount: "0.12345678", holding_unit: "btc", value_amount: "1", value_currency: "USD" };
    expect(assetCreateBody("c1", v).holding).toEqual({ amount: "0.12345678", unit: "BTC" });
    expect(assetCreateBody("c1", { ...v, kind: "cash" })).not.toHaveProperty("holding");
  });
  it("puts errors on a detail beside that detail", () => {
    expect(assetControlFor("details.bank_name")).toBe("details.bank_name");
    expect(assetControlFor("estimated_value")).toBe("value_amount");
    expect(assetControlFor("holding.unit")).toBe("holding_unit");
    expect(assetControlFor("offence_category")).toBe("offence_category");
  });
});
