// The case file's tabs, each a deep link: /cases/:id/<tab>.
export const CASE_TABS = ["overview", "subjects", "assets", "mla-requests", "documents", "tasks", "proceeds", "activity", "sharing"] as const;
export type CaseTab = (typeof CASE_TABS)[number];
// The case's pictures, deep links beside the tabs (/cases/:id/chart, /cases/:id/timeline).
export const CASE_VIEWS = ["chart", "timeline"] as const;
export type CaseView = (typeof CASE_VIEWS)[number];
export const CASE_PAGES = [...CASE_TABS, ...CASE_VIEWS] as const;
export type CasePage = CaseTab | CaseView;
