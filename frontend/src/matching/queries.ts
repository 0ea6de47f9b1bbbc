// Server state of cross-case matching: a record's candidate matches, the team's decision on one,
// and the case's links to other cases made by confirmed matches.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../api/client";

export type MatchedRecord = "subject" | "asset";
export type Judgement = Schemas["JudgementEnum"];
export type Match = Schemas["SubjectMatch"] | Schemas["AssetMatch"];
export type CaseLink = Schemas["CaseLink"];

export const JUDGEMENTS: readonly Judgement[] = ["positive", "negative", "unsure"];

// The keys are the API paths: a decision refreshes every list of matches from either side.
export const SUBJECT_MATCHES = "/api/v1/subjects/{subject_id}/matches/";
export const ASSET_MATCHES = "/api/v1/assets/{asset_id}/matches/";
export const CASE_LINKS = "/api/v1/cases/{case_id}/links/";

// Candidates are capped server-side (matching.candidates.MAX_CANDIDATES): one page holds them.
const ALL = 200;

export function useMatches(kind: MatchedRecord, recordId: string) {
  return useQuery({
    queryKey: [kind === "subject" ? SUBJECT_MATCHES : ASSET_MATCHES, recordId],
    queryFn: async (): Promise<Match[]> => {
      const query = { page_size: ALL } as never;
      const page =
        kind === "subject"
          ? unwrap(await api.GET(SUBJECT_MATCHES, { params: { path: { subject_id: recordId }, query } }))
          : unwrap(await api.GET(ASSET_MATCHES, { params: { path: { asset_id: recordId }, query } }));
      return page.results;
    },
  });
}

/** POSTs the team's judgement on one match of `recordId`. */
export async function postDecision(kind: MatchedRecord, recordId: string, matchId: string, judgement: Judgement) {
  const body = { judgement };
  return kind === "subject"
    ? unwrap(
        await api.POST("/api/v1/subjects/{subject_id}/matches/{match_id}/decision/", {
          params: { path: { subject_id: recordId, match_id: matchId } },
          body,
        }),
      )
    : unwrap(
        await api.POST("/api/v1/assets/{asset_id}/matches/{match_id}/decision/", {
          params: { path: { asset_id: recordId, match_id: matchId } },
          body,
        }),
      );
}

/** After a decision: both sides' lists of matches, the cases' links and trails are stale. */
export function useAfterDecision() {
  const client = useQueryClient();
  return async () => {
    await Promise.all(
      [SUBJECT_MATCHES, ASSET_MATCHES, CASE_LINKS, "/api/v1/cases/{case_id}/activity/"].map((path) =>
        client.invalidateQueries({ queryKey: [path] }),
      ),
    );
  };
}

export function useCaseLinks(caseId: string) {
  return useQuery({
    queryKey: [CASE_LINKS, caseId],
    queryFn: async () =>
      unwrap(await api.GET(CASE_LINKS, { params: { path: { case_id: caseId }, query: { page_size: ALL } as never } })).results,
  });
}
