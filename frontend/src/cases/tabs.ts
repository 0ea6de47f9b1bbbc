// The case file's tabs, each a deep link: /cases/:id/<tab>.
export const CASE_TABS = ["overview", "subjects", "assets", "mla-requests", "documents", "activity", "chart", "timeline", "sharing"] as const;
export type CaseTab = (typeof CASE_TABS)[number];
