import { describe, expect, it } from "vitest";
import { buildGraph, isAsset, layout, parseNdjson, pathBetween, withCaseLinks } from "./graph";

// The demo case's shape as cases/ftm.py exports it.
const ndjson = [
  { id: "ar-min", schema: "Person", properties: { name: ["Chief Adebayo Demo-Okonkwo"], topics: ["role.pep"] } },
  { id: "ar-occ-position", schema: "Position", properties: { name: ["Minister of Petroleum Resources"] } },
  { id: "ar-occ", schema: "Occupancy", properties: { holder: ["ar-min"], post: ["ar-occ-position"], startDate: ["2010-04-06"], endDate: ["2015-05-29"] } },
  { id: "ar-wife", schema: "Person", properties: { name: ["Folake Demo-Okonkwo"] } },
  { id: "ar-co", schema: "Company", properties: { name: ["Lagoon Bay Investments Ltd"], jurisdiction: ["sc"] } },
  { id: "ar-wife-relation", schema: "Family", properties: { person: ["ar-min"], relative: ["ar-wife"], relationship: ["spouse"] } },
  { id: "ar-co-relation", schema: "Ownership", properties: { owner: ["ar-min"], asset: ["ar-co"], role: ["nominee vehicle"] } },
  { id: "ar-flat", schema: "RealEstate", properties: { name: ["Flat, Kensington, London"], country: ["gb"] } },
  { id: "ar-flat-holder", schema: "Ownership", properties: { owner: ["ar-co"], asset: ["ar-flat"], role: ["holder"] } },
  { id: "ar-flat-beneficial-owner", schema: "Ownership", properties: { owner: ["ar-min"], asset: ["ar-flat"], role: ["beneficial owner"] } },
  { id: "ar-shares", schema: "Company", properties: { name: ["40% of a shipping company"], description: ["40% of a shipping company"] } },
  { id: "ar-hidden-holder", schema: "Ownership", properties: { owner: ["ar-not-visible"], asset: ["ar-shares"], role: ["holder"] } },
]
  .map((e) => JSON.stringify(e))
  .join("\n");

describe("the link chart from the FtM export", () => {
  const graph = buildGraph(parseNdjson(ndjson + "\n"));
  it("makes people, companies and assets nodes, with the official's dated office", () => {
    const kinds = Object.fromEntries(graph.nodes.map((n) => [n.label, n.kind]));
    expect(kinds).toEqual({
      "Chief Adebayo Demo-Okonkwo": "official",
      "Folake Demo-Okonkwo": "person",
      "Lagoon Bay Investments Ltd": "company",
      "Flat, Kensington, London": "asset",
      "40% of a shipping company": "asset",
    });
    expect(graph.nodes[0]!.offices).toEqual([{ position: "Minister of Petroleum Resources", start: "2010-04-06", end: "2015-05-29" }]);
    expect(graph.nodes.find((n) => n.kind === "asset")!.objectId).toBe("flat");
  });
  it("tells a company-shares asset from a subject company", () => {
    expect(isAsset({ id: "x", schema: "Company", properties: { name: ["A"], description: ["A"] } })).toBe(true);
    expect(isAsset({ id: "x", schema: "Company", properties: { name: ["A"] } })).toBe(false);
  });
  it("draws holder and beneficial-owner edges, and none to an entity not in the export", () => {
    expect(graph.edges.map((e) => [e.from, e.kind, e.to])).toEqual([
      ["ar-min", "family", "ar-wife"],
      ["ar-min", "ownership", "ar-co"],
      ["ar-co", "holder", "ar-flat"],
      ["ar-min", "beneficial_owner", "ar-flat"],
    ]);
  });
  it("links the minister to the Kensington flat through his company", () => {
    const withoutDirect = { ...graph, edges: graph.edges.filter((e) => e.kind !== "beneficial_owner") };
    expect(pathBetween(withoutDirect, "ar-min", "ar-flat")).toEqual(["ar-min", "ar-co", "ar-flat"]);
    expect(pathBetween(withoutDirect, "ar-wife", "ar-shares")).toBeNull();
  });
  it("places each kind in its column", () => {
    const placed = layout(graph, { column: 100, row: 10 });
    expect(Object.fromEntries(placed.nodes.map((n) => [n.id, n.x]))).toMatchObject({ "ar-min": 0, "ar-wife": 100, "ar-co": 200, "ar-flat": 300 });
    expect(placed.height).toBe(20);
  });
  it("adds the cases linked by confirmed matches, one node each, joined to this case's record", () => {
    const other = { id: "c2", reference: "GB-2026-00002", title: "Port concession bribery (demo)" };
    const linked = withCaseLinks(graph, [
      { id: "l1", record: "min", linked_case: other },
      { id: "l2", record: "flat", linked_case: other },
      // The record of this link is not in the export (restricted): the case is shown, edgeless.
      { id: "l3", record: "not-visible", linked_case: { id: "c3", reference: "GB-2026-00003", title: "Other" } },
    ]);
    const cases = linked.nodes.filter((n) => n.kind === "case");
    expect(cases.map((n) => [n.id, n.label, n.caption])).toEqual([
      ["case-c2", "GB-2026-00002", "Port concession bribery (demo)"],
      ["case-c3", "GB-2026-00003", "Other"],
    ]);
    expect(linked.edges.filter((e) => e.kind === "case_link").map((e) => [e.from, e.to])).toEqual([
      ["ar-min", "case-c2"],
      ["ar-flat", "case-c2"],
    ]);
    const placed = layout(linked, { column: 100, row: 10 });
    expect(placed.nodes.find((n) => n.id === "case-c2")!.x).toBe(400);
    expect(placed.width).toBe(500);
    expect(layout(graph, { column: 100, row: 10 }).width).toBe(400);
    expect(withCaseLinks(graph, [])).toBe(graph);
  });
});
