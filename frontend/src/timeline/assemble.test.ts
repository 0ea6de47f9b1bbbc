import { describe, expect, it } from "vitest";
import type { Schemas } from "../api/client";
import { assembleTimeline, filterTimeline, type Labels, type TimelineInput } from "./assemble";

const labels: Labels = {
  action: (a) => a,
  mlaStep: (a) => a,
  mlaKind: (k) => k,
  state: (c) => c,
  tookOffice: (p) => `in ${p}`,
  leftOffice: (p) => `out ${p}`,
  freezeExpires: "expires",
  mlaDue: "due",
  document: "doc",
};

const input = {
  subjects: [
    { id: "min", name: "Minister", occupancies: [{ id: "o", position: "Minister", institution: "Ministry", country: "NG", start_date: "2010-04-06", end_date: "2015-05-29" }] },
    { id: "son", name: "Son", occupancies: [] },
  ],
  assets: [
    { id: "acct", description: "Account", holder: "co", beneficial_owner: "min", freeze_expires_on: "2027-05-01" },
    { id: "yacht", description: "Yacht", holder: "co2", beneficial_owner: "son", freeze_expires_on: null },
  ],
  acts: {
    acct: [
      {
        id: "t1",
        action: "freeze",
        performed_at: "2026-11-05T10:00:00Z",
        order: { authority: "Court", reference: "SK.1", issued_on: "2026-11-01", expires_on: "2027-05-01", jurisdiction: "CH" },
        note: "",
      },
    ],
    yacht: [{ id: "t2", action: "decide_not_to_freeze", performed_at: "2026-10-01T08:00:00Z", order: null, note: "watch" }],
  },
  requests: [{ id: "m", kind: "freeze", requested_state: "CH", assets: ["acct"], due_on: "2026-12-07", closed_on: null }],
  steps: { m: [{ id: "s1", action: "send", performed_at: "2026-11-20T09:00:00Z", note: "", reason: "" }] },
  documents: [
    { id: "d1", title: "Answer", uploaded_at: "2026-11-25T12:00:00Z", asset: null, mla_request: "m" },
    { id: "d2", title: "Survey", uploaded_at: "2026-09-01T12:00:00Z", asset: "yacht", mla_request: null },
  ],
} as unknown as TimelineInput;

describe("the case timeline", () => {
  const events = assembleTimeline(input, labels);
  it("puts offices, orders, expiry, MLA steps and documents in one chronology", () => {
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ["2010-04-06", "office_start"],
      ["2015-05-29", "office_end"],
      ["2026-09-01", "document"],
      ["2026-10-01", "act"],
      ["2026-11-01", "order"],
      ["2026-11-20", "mla_step"],
      ["2026-11-25", "document"],
      ["2026-12-07", "mla_due"],
      ["2027-05-01", "freeze_expiry"],
    ]);
  });
  it("dates an act by its order's issue, and says which order", () => {
    const freeze = events.find((e) => e.id === "t1")!;
    expect(freeze.date).toBe("2026-11-01");
    expect(freeze.detail).toBe("Court, SK.1");
    expect(freeze.link).toEqual({ to: "/assets/$assetId", params: { assetId: "acct" } });
  });
  it("filters by subject: its offices, the assets it holds or owns, their requests and documents", () => {
    const minister = filterTimeline(events, { subject: "min" }).map((e) => e.id);
    expect(minister).toEqual(["o-start", "o-end", "t1", "s1", "d1", "m-due", "acct-expiry"]);
    expect(filterTimeline(events, { subject: "son" }).map((e) => e.id)).toEqual(["d2", "t2"]);
  });
  it("filters by asset", () => {
    expect(filterTimeline(events, { asset: "yacht" }).map((e) => e.id)).toEqual(["d2", "t2"]);
  });
  it("shows an open task on its due date and a done one on the day it was done", () => {
    const withTasks = {
      ...input,
      tasks: [
        { id: "k1", title: "Notify third parties", asset: "acct", status: "open", due_on: "2026-12-01", completed_at: null },
        { id: "k2", title: "Serve the order", asset: null, status: "done", due_on: "2026-11-10", completed_at: "2026-11-08T10:00:00Z" },
        { id: "k3", title: "Dropped", asset: null, status: "cancelled", due_on: "2026-11-09", completed_at: null },
      ],
    } as unknown as TimelineInput;
    const tasks = assembleTimeline(withTasks, { ...labels, taskDue: "task due", taskDone: "task done" }).filter((e) => e.kind === "task");
    expect(tasks.map((e) => [e.date, e.title])).toEqual([
      ["2026-11-08", "task done: Serve the order"],
      ["2026-12-01", "task due: Notify third parties"],
    ]);
    expect(filterTimeline(tasks, { subject: "min" }).map((e) => e.id)).toEqual(["k1-due"]);
  });
  it("leaves out the answer date of a closed request", () => {
    const closed = { ...input, requests: [{ ...input.requests[0]!, closed_on: "2026-11-30" } as Schemas["Mla"]] };
    expect(assembleTimeline(closed, labels).some((e) => e.kind === "mla_due")).toBe(false);
  });
});
