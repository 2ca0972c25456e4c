// Horizontal bars with their labels and values written beside them, drawn as inline SVG at the width it
// is given. The title and a description listing every value make the chart readable without seeing it;
// each bar also has a tooltip. Where labels would leave the bars no room, each label goes above its bar.
import { barLength } from "./chart-geometry.ts";
import { useWidth } from "./use-width.ts";

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

const BAR = 18;
/** Approximate width of one character of the 13px system font, to size the label column. */
const CHAR = 7;
/** Room after the longest bar for its printed value. */
const VALUE_SPACE = 120;
/** Below this length for the longest bar, labels move above their bars. */
const MIN_BAR_ROOM = 160;

export function BarChart({ id, title, bars, max }: BarChartProps) {
  const [box, width] = useWidth<HTMLDivElement>(640);
  const labelWidth = Math.max(...bars.map((bar) => bar.label.length)) * CHAR + 12;
  const stacked = width - labelWidth - VALUE_SPACE < MIN_BAR_ROOM;
  const barX = stacked ? 0 : labelWidth;
  const room = Math.max(40, width - barX - VALUE_SPACE);
  const row = stacked ? BAR + 26 : BAR + 10;
  const full = max ?? Math.max(...bars.map((bar) => bar.value));
  const height = bars.length * row + 4;
  const summary = bars.map((bar) => `${bar.label}: ${bar.shown}`).join("; ");
  return (
    <div class="chart-box" ref={box}>
      <svg class="chart bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, index) => {
          const top = index * row + 4;
          const y = stacked ? top + 20 : top;
          const length = barLength(bar.value, full, room);
          return (
            <g key={bar.key} class="bar-row">
              <title>{bar.detail ?? `${bar.label}: ${bar.shown}`}</title>
              <text class="bar-label" x={stacked ? 0 : labelWidth - 10} y={stacked ? top + 13 : y + BAR / 2 + 5} text-anchor={stacked ? "start" : "end"}>
                {bar.label}
              </text>
              <rect class="track" x={barX} y={y} width={room} height={BAR} rx={3} />
              <rect class="bar-fill" x={barX} y={y} width={length} height={BAR} rx={3} />
              <text class="bar-value" x={barX + length + 8} y={y + BAR / 2 + 5}>
                {bar.shown}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
