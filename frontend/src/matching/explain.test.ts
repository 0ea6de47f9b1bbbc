import { describe, expect, it } from "vitest";
import { featureWords } from "./explain";

describe("a match's explanation in words", () => {
  it("names the name parts found on both sides and those on one side only", () => {
    const detail =
      "['adebayo'≈'adebayo' symbolMatch [NAME:Q21069216]: 1.00, weight 1.00] ['demo'≈'demo' symbolMatch [NAME:Q37126809]: 1.00, weight 1.00] ['okonkwo'≈'okonkwo' symbolMatch [NAME:Q37043408]: 1.00, weight 1.00] ['chief' extraQueryPart: 0.00, weight 0.80]";
    expect(featureWords(detail)).toEqual({ compared: ["adebayo", "demo", "okonkwo"], oneSideOnly: ["chief"] });
  });

  it("shows a transliteration as the two spellings compared", () => {
    expect(featureWords("['viktor'≈'віктор' phoneticMatch: 0.90, weight 1.00]").compared).toEqual(["viktor ≈ віктор"]);
  });

  it("keeps a literal match whole and an identifier without the engine's prefix", () => {
    expect(featureWords("['harbour light trading fze' literalMatch: 1.00, weight 1.00]").compared).toEqual(["harbour light trading fze"]);
    expect(featureWords("Matched identifiers: A05550123")).toEqual({ compared: ["A05550123"], oneSideOnly: [] });
    expect(featureWords("iban GB82WEST12345698765432").compared).toEqual(["iban GB82WEST12345698765432"]);
    expect(featureWords(null)).toEqual({ compared: [], oneSideOnly: [] });
  });
});
