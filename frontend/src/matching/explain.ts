// The words of a match's explanation. logic-v2 writes each feature's `detail` for engineers
// ("['demo'≈'demo' symbolMatch [NAME:Q37126809]: 1.00, weight 1.00] ['chief' extraQueryPart: ...]",
// "Matched identifiers: A05550123"); a reviewer needs what was compared: the name parts found on
// both sides, those found on one side only, and the identifiers that are the same.

export type FeatureWords = { compared: string[]; oneSideOnly: string[] };

// One compared part: 'query part', optionally ≈'result part', then how it compared.
const PART = /\['([^']*)'(?:≈'([^']*)')?\s+(\w+)/g;
// extraQueryPart, extraResultPart: a part of one name that the other name lacks.
const ONE_SIDE = /^extra/;
const MATCHED_PREFIX = /^Matched [\w ]+:\s*/;

export function featureWords(detail: string | null | undefined): FeatureWords {
  if (!detail) return { compared: [], oneSideOnly: [] };
  const parts = [...detail.matchAll(PART)];
  if (parts.length === 0) return { compared: [detail.replace(MATCHED_PREFIX, "")], oneSideOnly: [] };
  const words: FeatureWords = { compared: [], oneSideOnly: [] };
  for (const [, query, result, how] of parts) {
    if (ONE_SIDE.test(how ?? "")) words.oneSideOnly.push(query ?? "");
    else words.compared.push(!result || result === query ? (query ?? "") : `${query} ≈ ${result}`);
  }
  return words;
}
