import { screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderInApp, user, type Answer } from "../test-render";

const calls: { path: string; body?: unknown }[] = [];
const posts: Answer[] = [];
let gets = 0;

const match = (judgement: string | null) => ({
  id: "m1",
  score: 0.9375,
  algorithm: "logic-v2",
  explanation: {
    name_match: {
      score: 0.9375,
      detail: "['adebayo'≈'adebayo' symbolMatch [NAME:Q21069216]: 1.00, weight 1.00] ['chief' extraResultPart: 0.00, weight 0.20]",
    },
    identifier_match: { score: 1, detail: "Matched identifiers: A05550123" },
    country_mismatch: { score: 0, detail: null },
  },
  judgement,
  decided_at: judgement ? "2026-12-01T10:00:00Z" : null,
  matched: { id: "s2", kind: "person", name: "Chief Adebayo Demo-Okonkwo", case: "c2", case_reference: "GB-2026-00001" },
});

// The first answer is undecided; once decided, the list answers the decision.
vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    calls,
    () => posts.shift() ?? { status: 200, body: { id: "m1", judgement: "positive", decided_at: "2026-12-01T10:00:00Z", linked_case: "c2" } },
    () => ({ status: 200, body: { count: 1, next: null, previous: null, results: [match(gets++ === 0 ? null : "positive")] } }),
  ),
);
// The case reference is a router link; the router itself is not this test's subject.
vi.mock("../common/links", () => ({
  AnchorLink: ({ children, params }: { children: ReactNode; params: { caseId: string } }) => <a href={`/cases/${params.caseId}`}>{children}</a>,
}));

const { MatchList } = await import("./MatchList");

beforeEach(() => {
  calls.length = 0;
  posts.length = 0;
  gets = 0;
});

describe("a record's matches in other cases", () => {
  it("shows the other record, its case, the score and why it matches, in words", async () => {
    renderInApp(<MatchList kind="subject" recordId="s1" canDecide />);
    const card = await screen.findByRole("listitem", { name: "Chief Adebayo Demo-Okonkwo" });
    expect(within(card).getByRole("link", { name: "Case GB-2026-00001" }).getAttribute("href")).toBe("/cases/c2");
    expect(card.textContent).toContain("Score: 94%");
    expect(card.textContent).toContain("Names match (94%): adebayo · in one name only: chief");
    expect(card.textContent).toContain("An identifier matches (100%): A05550123");
    // A feature that did not count is not listed.
    expect(card.textContent).not.toContain("Countries differ");
    expect(within(card).getByTestId("judgement").textContent).toBe("Not reviewed");
  });

  it("posts the team's decision and shows the refreshed list", async () => {
    renderInApp(<MatchList kind="subject" recordId="s1" canDecide />);
    const decide = await screen.findByRole("group", { name: "Your decision on Chief Adebayo Demo-Okonkwo" });
    expect(within(decide).getAllByRole("button").map((b) => b.textContent)).toEqual(["Same entity", "Not the same", "Unsure"]);
    await user.click(within(decide).getByRole("button", { name: "Same entity" }));
    expect(calls).toEqual([{ path: "/api/v1/subjects/{subject_id}/matches/{match_id}/decision/", body: { judgement: "positive" } }]);
    await vi.waitFor(() => expect(screen.getByTestId("judgement").textContent).toBe("Same entity"));
    expect(screen.getByRole("button", { name: "Same entity" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("posts an asset's decision to the asset's path", async () => {
    renderInApp(<MatchList kind="asset" recordId="a1" canDecide />);
    await user.click(await screen.findByRole("button", { name: "Not the same" }));
    expect(calls).toEqual([{ path: "/api/v1/assets/{asset_id}/matches/{match_id}/decision/", body: { judgement: "negative" } }]);
  });

  it("shows the API's problem when the decision is refused", async () => {
    posts.push({ status: 403, body: { status: 403, title: "Forbidden", detail: "Only the case team decides on its matches." } });
    renderInApp(<MatchList kind="subject" recordId="s1" canDecide />);
    await user.click(await screen.findByRole("button", { name: "Unsure" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("The decision was not recorded. Only the case team decides on its matches.");
  });

  it("has no decision buttons for a partner state's liaison", async () => {
    renderInApp(<MatchList kind="subject" recordId="s1" canDecide={false} />);
    await screen.findByRole("listitem", { name: "Chief Adebayo Demo-Okonkwo" });
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(screen.getByText("Only the case team decides on matches.")).toBeTruthy();
  });
});
