// The case's link chart from its FollowTheMoney export (GET /cases/{id}/export/ftm/, one entity
// per line): people, companies and assets as nodes; family, association, nominee, ownership
// (holder, beneficial owner) as edges; offices held (Occupancy -> Position) on the official.
// Beside them, the other cases that confirmed matches link this one to (GET /cases/{id}/links/),
// each joined to the subject or asset of this case that the match is about.
export type FtmEntity = { id: string; schema: string; properties: Record<string, string[] | undefined> };

export type NodeKind = "official" | "person" | "company" | "asset" | "case";
export type GraphNode = {
  id: string;
  /** The application's own id (the UUID inside `ar-<uuid>`). */
  objectId: string;
  kind: NodeKind;
  schema: string;
  label: string;
  offices: { position: string; start?: string; end?: string }[];
  country?: string;
  /** A linked case's title. */
  caption?: string;
};
export type GraphEdge = { id: string; from: string; to: string; kind: string; label: string };
export type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

const ASSET_SCHEMATA = new Set(["BankAccount", "RealEstate", "Security", "Vehicle", "Vessel", "Airplane", "CryptoWallet", "Asset"]);

export function parseNdjson(text: string): FtmEntity[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FtmEntity);
}

const first = (e: FtmEntity, prop: string) => e.properties[prop]?.[0];

function objectId(entityId: string): string {
  return entityId.replace(/^ar-/, "");
}

/** Is this entity one of the case's assets? A Company is one when it is a company-shares asset,
 * which carries a description; a subject company never does. */
export function isAsset(e: FtmEntity): boolean {
  return ASSET_SCHEMATA.has(e.schema) || (e.schema === "Company" && e.properties.description !== undefined);
}

export function buildGraph(entities: FtmEntity[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const positions = new Map<string, string>();
  for (const e of entities) {
    if (e.schema === "Position") positions.set(e.id, first(e, "name") ?? "");
  }
  for (const e of entities) {
    let kind: NodeKind | null = null;
    if (isAsset(e)) kind = "asset";
    else if (e.schema === "Person") kind = (e.properties.topics ?? []).includes("role.pep") ? "official" : "person";
    else if (e.schema === "Company" || e.schema === "Organization" || e.schema === "LegalEntity") kind = "company";
    if (!kind) continue;
    nodes.set(e.id, {
      id: e.id,
      objectId: objectId(e.id),
      kind,
      schema: e.schema,
      label: first(e, "name") ?? e.id,
      offices: [],
      country: first(e, "country") ?? first(e, "jurisdiction"),
    });
  }
  const edges: GraphEdge[] = [];
  const link = (e: FtmEntity, from: string | undefined, to: string | undefined, kind: string, label: string) => {
    if (from && to && nodes.has(from) && nodes.has(to)) edges.push({ id: e.id, from, to, kind, label });
  };
  for (const e of entities) {
    switch (e.schema) {
      case "Occupancy": {
        const holder = nodes.get(first(e, "holder") ?? "");
        const post = positions.get(first(e, "post") ?? "");
        if (holder && post !== undefined) holder.offices.push({ position: post, start: first(e, "startDate"), end: first(e, "endDate") });
        break;
      }
      case "Family":
        link(e, first(e, "person"), first(e, "relative"), "family", first(e, "relationship") ?? "family");
        break;
      case "Associate":
        link(e, first(e, "person"), first(e, "associate"), "associate", first(e, "relationship") ?? "associate");
        break;
      case "Representation":
        link(e, first(e, "client"), first(e, "agent"), "nominee", first(e, "role") ?? "nominee");
        break;
      case "Ownership":
        link(e, first(e, "owner"), first(e, "asset"), ownershipKind(first(e, "role")), first(e, "role") ?? "owner");
        break;
      case "UnknownLink":
        link(e, first(e, "subject"), first(e, "object"), "link", first(e, "role") ?? "");
        break;
    }
  }
  return { nodes: [...nodes.values()], edges };
}

function ownershipKind(role: string | undefined): string {
  if (role === "holder") return "holder";
  if (role === "beneficial owner") return "beneficial_owner";
  return "ownership";
}

/** A case linked to this one by a confirmed match, as GET /cases/{id}/links/ answers it. */
export type CaseLinkRow = { id: string; record: string; linked_case: { id: string; reference: string; title: string } };

/** The graph with the linked cases as nodes of their own kind (one per case, however many
 * matches link it), each with a `case_link` edge from this case's record of the match. A link
 * whose record the chart does not show (restricted, deleted) keeps its case node, edgeless. */
export function withCaseLinks(graph: Graph, links: CaseLinkRow[]): Graph {
  if (links.length === 0) return graph;
  const byObject = new Map(graph.nodes.map((n) => [n.objectId, n.id]));
  const cases = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const link of links) {
    const id = `case-${link.linked_case.id}`;
    if (!cases.has(id)) {
      cases.set(id, {
        id,
        objectId: link.linked_case.id,
        kind: "case",
        schema: "Case",
        label: link.linked_case.reference,
        caption: link.linked_case.title,
        offices: [],
      });
    }
    const from = byObject.get(link.record);
    if (from) edges.push({ id: `link-${link.id}`, from, to: id, kind: "case_link", label: "" });
  }
  return { nodes: [...graph.nodes, ...cases.values()], edges: [...graph.edges, ...edges] };
}

const COLUMN: Record<NodeKind, number> = { official: 0, person: 1, company: 2, asset: 3, case: 4 };

export type Placed = GraphNode & { x: number; y: number };

/** Columns by kind (officials, other people, companies, assets, linked cases), rows in the
 * export's order. */
export function layout(graph: Graph, size: { column: number; row: number }): { nodes: Placed[]; width: number; height: number } {
  const counts = [0, 0, 0, 0, 0];
  const placed = graph.nodes.map((node) => {
    const column = COLUMN[node.kind];
    const row = counts[column]!++;
    return { ...node, x: column * size.column, y: row * size.row };
  });
  const rows = Math.max(1, ...counts);
  // Centre shorter columns vertically, but for the other people (relatives, associates): at the
  // top, out of the way of the official's edges to companies and assets.
  for (const node of placed) {
    const column = COLUMN[node.kind];
    if (node.kind !== "person") node.y += ((rows - counts[column]!) * size.row) / 2;
  }
  // The fifth column (linked cases) only when there are any.
  const columns = counts[COLUMN.case] ? 5 : 4;
  return { nodes: placed, width: columns * size.column, height: rows * size.row };
}

/** Is there a path from `from` to `to` through the edges (either direction)? With its nodes. */
export function pathBetween(graph: Graph, from: string, to: string): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    next.set(e.to, [...(next.get(e.to) ?? []), e.from]);
  }
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (!previous.has(n)) {
        previous.set(n, at);
        queue.push(n);
      }
    }
  }
  return null;
}
