import { Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api, ApiError } from "../api/client";
import { HeadedTable, QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useCaseLinks } from "../matching/queries";
import { buildGraph, layout, parseNdjson, withCaseLinks, type GraphNode, type NodeKind } from "./graph";

const NODE_W = 210;
const NODE_H = 52;
const COLUMN_W = 290;
const ROW_H = 76;

// Fill and text colours with at least 4.5:1 contrast.
const KIND_STYLE: Record<NodeKind, { fill: string; stroke: string }> = {
  official: { fill: "#fff4e6", stroke: "#d9480f" },
  person: { fill: "#f3f0ff", stroke: "#5f3dc4" },
  company: { fill: "#e7f5ff", stroke: "#1864ab" },
  asset: { fill: "#e6fcf5", stroke: "#087f5b" },
  case: { fill: "#fff0f6", stroke: "#a61e4d" },
};
const EDGE_COLOR: Record<string, string> = {
  holder: "#495057",
  beneficial_owner: "#c92a2a",
  ownership: "#1864ab",
  family: "#5f3dc4",
  associate: "#5f3dc4",
  nominee: "#e8590c",
  link: "#495057",
  case_link: "#a61e4d",
};

function year(value?: string) {
  return value ? value.slice(0, 4) : "";
}

export function LinkChart({ caseId }: { caseId: string }) {
  const { t, state } = useT();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: ["/api/v1/cases/{case_id}/export/ftm/", caseId],
    queryFn: async () => {
      const result = await api.GET("/api/v1/cases/{case_id}/export/ftm/", {
        params: { path: { case_id: caseId } },
        parseAs: "text",
      });
      if (!result.response.ok) throw new ApiError(result.response.status, undefined);
      return buildGraph(parseNdjson(result.data ?? ""));
    },
  });
  // The cases that confirmed matches link this one to: none for a partner state (the API's rule).
  const links = useCaseLinks(caseId);
  const graph = query.data && !links.isPending ? withCaseLinks(query.data, links.data ?? []) : undefined;
  const placed = graph ? layout(graph, { column: COLUMN_W, row: ROW_H }) : null;
  const byId = new Map(placed?.nodes.map((n) => [n.id, n]) ?? []);
  const hrefOf = (node: GraphNode) =>
    node.kind === "asset"
      ? `/assets/${node.objectId}`
      : node.kind === "case"
        ? `/cases/${node.objectId}`
        : `/cases/${caseId}/subjects`;
  const kindLabel = (kind: NodeKind) => t(`chart.kind.${kind}`);
  const edgeLabel = (label: string, kind: string) =>
    kind === "holder" || kind === "beneficial_owner" || kind === "case_link" ? t(`chart.edge.${kind}`) : label;
  const kinds = (["official", "person", "company", "asset", "case"] as const).filter(
    (kind) => kind !== "case" || graph?.nodes.some((n) => n.kind === "case"),
  );

  return (
    <QueryState pending={query.isPending || links.isPending} error={query.error}>
      {graph && placed && (
        <Stack>
          <Group gap="md">
            {kinds.map((kind) => (
              <Group key={kind} gap={4}>
                <span className="legend-swatch" style={{ background: KIND_STYLE[kind].stroke }} aria-hidden />
                <Text size="sm">{kindLabel(kind)}</Text>
              </Group>
            ))}
          </Group>
          {graph.nodes.length === 0 ? (
            <Text>{t("chart.empty")}</Text>
          ) : (
            <Card withBorder p="xs" style={{ overflowX: "auto" }}>
              <svg
                viewBox={`-10 -22 ${placed.width - COLUMN_W + NODE_W + 20} ${placed.height + 32}`}
                width="100%"
                role="group"
                aria-label={t("chart.title")}
                data-testid="link-chart"
              >
                <defs>
                  <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" fill="#495057" />
                  </marker>
                </defs>
                {graph.edges.map((edge) => {
                  const a = byId.get(edge.from)!;
                  const b = byId.get(edge.to)!;
                  const forward = a.x <= b.x;
                  const x1 = forward ? a.x + NODE_W : a.x;
                  const x2 = forward ? (a.x === b.x ? b.x + NODE_W : b.x) : b.x + NODE_W;
                  const y1 = a.y + NODE_H / 2;
                  const y2 = b.y + NODE_H / 2;
                  const bend = a.x === b.x ? 60 : 0;
                  // A link to another case crosses the columns: its label sits above the case,
                  // clear of the assets' column whatever its length in the chosen language.
                  const toCase = edge.kind === "case_link";
                  const labelX = toCase ? b.x + NODE_W / 2 : (x1 + x2) / 2 + bend / 2;
                  const labelY = toCase ? b.y - 6 : (y1 + y2) / 2 - 4;
                  const path = `M ${x1} ${y1} C ${x1 + (x2 - x1) / 2 + bend} ${y1}, ${x1 + (x2 - x1) / 2 + bend} ${y2}, ${x2} ${y2}`;
                  return (
                    <g key={edge.id} data-edge={`${a.label} -> ${b.label}`} aria-hidden>
                      <path d={path} fill="none" stroke={EDGE_COLOR[edge.kind] ?? "#495057"} strokeWidth={1.5} strokeDasharray={edge.kind === "beneficial_owner" ? "5 3" : toCase ? "2 3" : undefined} markerEnd="url(#arrow)" />
                      <text x={labelX} y={labelY} fontSize="10" textAnchor="middle" fill="#212529" paintOrder="stroke" stroke="#fff" strokeWidth={3}>
                        {edgeLabel(edge.label, edge.kind)}
                      </text>
                    </g>
                  );
                })}
                {placed.nodes.map((node) => {
                  const style = KIND_STYLE[node.kind];
                  const office = node.offices[0];
                  const href = hrefOf(node);
                  return (
                    <a
                      key={node.id}
                      href={href}
                      aria-label={`${node.label} (${kindLabel(node.kind)})`}
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate({ href });
                      }}
                    >
                      <rect x={node.x} y={node.y} width={NODE_W} height={NODE_H} rx={6} fill={style.fill} stroke={style.stroke} strokeWidth={2} />
                      <text x={node.x + 8} y={node.y + 19} fontSize="12" fontWeight={600} fill="#212529">
                        {node.label.length > 30 ? `${node.label.slice(0, 29)}…` : node.label}
                      </text>
                      <text x={node.x + 8} y={node.y + 37} fontSize="10" fill="#343a40">
                        {office
                          ? `${office.position.length > 24 ? `${office.position.slice(0, 23)}…` : office.position} ${year(office.start)}–${year(office.end)}`
                          : node.caption
                            ? node.caption.length > 32
                              ? `${node.caption.slice(0, 31)}…`
                              : node.caption
                            : `${kindLabel(node.kind)}${node.country ? ` · ${state(node.country.toUpperCase())}` : ""}`}
                      </text>
                    </a>
                  );
                })}
              </svg>
            </Card>
          )}
          <Title order={2} size="h4">
            {t("chart.links")}
          </Title>
          <HeadedTable striped headers={[t("chart.from"), t("chart.relation"), t("chart.to")]}>
            {graph.edges.map((edge) => {
              const a = byId.get(edge.from)!;
              const b = byId.get(edge.to)!;
              return (
                <Table.Tr key={edge.id}>
                  <Table.Td>{a.label}</Table.Td>
                  <Table.Td>{edgeLabel(edge.label, edge.kind)}</Table.Td>
                  <Table.Td>
                    {b.kind === "asset" ? (
                      <AnchorLink to="/assets/$assetId" params={{ assetId: b.objectId }}>
                        {b.label}
                      </AnchorLink>
                    ) : b.kind === "case" ? (
                      <AnchorLink to="/cases/$caseId" params={{ caseId: b.objectId }}>
                        {b.caption ? `${b.label} · ${b.caption}` : b.label}
                      </AnchorLink>
                    ) : (
                      b.label
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </HeadedTable>
          {graph.nodes.some((n) => n.offices.length) && (
            <Text size="sm">
              {graph.nodes
                .filter((n) => n.offices.length)
                .map((n) => `${n.label}: ${n.offices.map((o) => `${o.position} (${o.start ?? "?"} – ${o.end ?? t("subjects.present")})`).join("; ")}`)
                .join(" · ")}
            </Text>
          )}
          {graph.nodes.some((n) => n.kind === "case") && (
            <>
              <Title order={2} size="h4">
                {t("chart.linkedCases")}
              </Title>
              <List size="sm">
                {graph.nodes
                  .filter((n) => n.kind === "case")
                  .map((n) => (
                    <List.Item key={n.id}>
                      <AnchorLink to="/cases/$caseId" params={{ caseId: n.objectId }}>
                        {n.label}
                      </AnchorLink>
                      {n.caption ? ` · ${n.caption}` : ""}
                    </List.Item>
                  ))}
              </List>
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
