import type { Series } from "./chartData";
import { maxValue } from "./chartData";

// Dark enough for 3:1 against white (WCAG 1.4.11, graphical objects).
export const SERIES_COLORS: Record<string, string> = {
  frozen: "#1864ab",
  seized: "#5f3dc4",
  confiscated: "#862e9c",
  returned: "#087f5b",
};

/** Grouped horizontal bars in SVG: one group per row (state or year), one bar per figure. The
 * same figures are in the table beside it; the picture is labelled as a whole. */
export function BarChart({
  title,
  series,
  keys,
  keyLabel,
  labels,
  format,
}: {
  title: string;
  series: Series[];
  keys: string[];
  keyLabel: (key: string) => string;
  labels: Record<string, string>;
  format: (value: number) => string;
}) {
  const bar = 12;
  const gap = 10;
  const labelWidth = 130;
  const width = 560;
  const plot = width - labelWidth - 10;
  const groupHeight = keys.length * bar + gap;
  const height = series.length * groupHeight + 30;
  const max = maxValue(series);
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        {series.map((row, i) => {
          const y0 = i * groupHeight;
          return (
            <g key={row.key}>
              <text x={labelWidth - 6} y={y0 + (keys.length * bar) / 2 + 4} textAnchor="end" fontSize="12" fill="#212529">
                {keyLabel(row.key).slice(0, 20)}
              </text>
              {keys.map((key, k) => {
                const value = row.values[key] ?? 0;
                const w = Math.max(value > 0 ? 1 : 0, (value / max) * plot);
                return (
                  <rect key={key} x={labelWidth} y={y0 + k * bar} width={w} height={bar - 2} fill={SERIES_COLORS[key]}>
                    <title>{`${keyLabel(row.key)} · ${labels[key]}: ${format(value)}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <g transform={`translate(${labelWidth}, ${height - 14})`}>
          {keys.map((key, k) => (
            <g key={key} transform={`translate(${k * 105}, 0)`}>
              <rect width="10" height="10" fill={SERIES_COLORS[key]} />
              <text x="14" y="9" fontSize="11" fill="#212529">
                {labels[key]}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
