// Horizontal bars with their labels and values written beside them, drawn as inline SVG. The title and a
// description listing every value make the chart readable without seeing it; each bar also has a tooltip.
import { barLength } from "./chart-geometry.ts";

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as printed at the end of the bar ("3", "12% · 3 of 25"). */
  shown: string;
  /** A longer tooltip, when the label alone does not say enough. */
  detail?: string;
}

interface BarChartProps {
  id: string;
  title: string;
  bars: readonly Bar[];
  /** The value of a full-length bar; the largest value when not given. */
  max?: number;
}

const WIDTH = 640;
const ROW = 28;
const BAR = 18;
/** Approximate width of one character of a 13px system font, to size the label column. */
const CHAR = 7;
const VALUE_SPACE = 120;

export function BarChart({ id, title, bars, max }: BarChartProps) {
  const labelWidth = Math.min(300, Math.max(...bars.map((bar) => bar.label.length)) * CHAR + 12);
  const room = WIDTH - labelWidth - VALUE_SPACE;
  const full = max ?? Math.max(...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 4;
  const summary = bars.map((bar) => `${bar.label}: ${bar.shown}`).join("; ");
  return (
    <svg class="chart bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {bars.map((bar, row) => {
        const y = row * ROW + 4;
        const length = barLength(bar.value, full, room);
        return (
          <g key={bar.key} class="bar-row">
            <title>{bar.detail ?? `${bar.label}: ${bar.shown}`}</title>
            <text class="bar-label" x={labelWidth - 10} y={y + BAR / 2 + 5} text-anchor="end">
              {bar.label}
            </text>
            <rect class="track" x={labelWidth} y={y} width={room} height={BAR} rx={3} />
            <rect class="bar-fill" x={labelWidth} y={y} width={length} height={BAR} rx={3} />
            <text class="bar-value" x={labelWidth + length + 8} y={y + BAR / 2 + 5}>
              {bar.shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
