import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderInApp } from "../test-render";

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });
const money = (amount: string, currency = "CHF") => ({ amount, currency });
const LISTS: Record<string, unknown> = {
  "/api/v1/value-orders/": page([
    {
      id: "v1",
      case: "c1",
      subject: null,
      order: { authority: "Federal Criminal Court", jurisdiction: "CH", reference: "SK.40-VO", issued_on: "2026-12-01" },
      amount: money("500000.00"),
      basis: "conviction",
      final: true,
      satisfied: money("200000.00"),
      outstanding: money("300000.00"),
    },
  ]),
  "/api/v1/third-party-claims/": page([
    {
      id: "t1",
      case: "c1",
      asset: "a1",
      claimant: "Banque Léman",
      grounds: "",
      filed_on: "2026-12-01",
      claimed_amount: money("100000.00"),
      claimed_share_percent: null,
      status: "filed",
      decision_authority: "",
      decided_on: null,
      upheld_amount: null,
      upheld_share_percent: null,
    },
  ]),
  "/api/v1/sharing-agreements/": page([]),
  "/api/v1/assets/": page([{ id: "a1", description: "Numbered account, Zurich", stage: "frozen", freeze_lapsed_on: null }]),
  "/api/v1/subjects/": page([]),
};

vi.mock("../api/client", async (importOriginal) =>
  (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    [],
    () => ({ status: 200, body: {} }),
    (path) => ({ status: 200, body: LISTS[path] ?? page([]) }),
  ),
);

const { ProceedsTab } = await import("./ProceedsTab");

describe("the case file's proceeds", () => {
  it("shows a partner state's liaison what the API gives, with no write control", async () => {
    renderInApp(<ProceedsTab caseId="c1" canEdit={false} />);
    expect(await screen.findByText("SK.40-VO")).toBeInTheDocument();
    expect(await screen.findByText("Banque Léman")).toBeInTheDocument();
    expect(screen.getByText("CHF 300,000.00")).toBeInTheDocument();
    expect(screen.getByText("No sharing agreements.")).toBeInTheDocument();
    for (const name of ["New value order", "New claim", "New sharing agreement", "Record a payment", "Record as final"]) {
      expect(screen.queryByRole("button", { name })).toBeNull();
    }
    expect(screen.queryByRole("button", { name: /^Record the decision/ })).toBeNull();
    // Reading the payments is no write.
    expect(screen.getByRole("button", { name: "Payments of order SK.40-VO" })).toBeInTheDocument();
  });

  it("offers the case team the decisions the API takes", async () => {
    renderInApp(<ProceedsTab caseId="c1" canEdit />);
    expect(await screen.findByRole("button", { name: "Record a payment" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Record the decision on the claim of Banque Léman" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New sharing agreement" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record as final" })).toBeNull();
  });
});
