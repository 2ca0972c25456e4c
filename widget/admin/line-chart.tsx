// A line over days for a rate (0..1), drawn as inline SVG at the width it is given. Screen readers get the
// chart's title, a summary and each day's value; sighted users see a day's value when hovering or tabbing to its point.
import { labelledIndexes, linePath, placePoints, xAt } from "./chart-geometry.ts";
import { percent } from "./format.ts";
import { useWidth } from "./use-width.ts";

export interface LinePoint {
  /** Axis label ("26 Nov"). */
  label: string;
  value: number | null;
  /** The point's value in words, read on focus ("26 Nov: 40% sent automatically, 4 of 10"). */
  spoken: string;
}

interface LineChartProps {
  id: string;
  title: string;
  summary: string;
  points: readonly LinePoint[];
}

const HEIGHT = 220;
const GRID = [0, 0.25, 0.5, 0.75, 1];
/** Room one day label ("26 Nov") needs on the axis. */
const LABEL_ROOM = 80;

export function LineChart({ id, title, summary, points }: LineChartProps) {
  const [box, width] = useWidth<HTMLDivElement>(640);
  const plot = { left: 44, top: 16, width: width - 44 - 24, height: 164 };
  const placed = placePoints(
    points.map((p) => p.value),
    plot,
  );
  return (
    <div class="chart-box" ref={box}>
      <svg class="chart line-chart" viewBox={`0 0 ${width} ${HEIGHT}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g aria-hidden="true">
          {GRID.map((rate) => {
            const y = plot.top + (1 - rate) * plot.height;
            return (
              <g key={rate} class="grid">
                <line x1={plot.left} x2={plot.left + plot.width} y1={y} y2={y} />
                <text x={plot.left - 8} y={y + 4} text-anchor="end">
                  {percent(rate)}
                </text>
              </g>
            );
          })}
          {labelledIndexes(points.length, Math.max(2, Math.floor(plot.width / LABEL_ROOM))).map((index) => (
            <text key={index} class="axis" x={xAt(index, points.length, plot)} y={HEIGHT - 12} text-anchor="middle">
              {points[index]!.label}
            </text>
          ))}
          <path class="line" d={linePath(placed)} />
        </g>
        {/* Lowercase tabindex: Preact sets SVG props as attributes, and SVG ignores a "tabIndex" attribute. */}
        {placed.map((point) => (
          <g key={point.index} class="point" tabindex={0} role="img" aria-label={points[point.index]!.spoken}>
            <title>{points[point.index]!.spoken}</title>
            <circle cx={point.x} cy={point.y} r={4} />
            <text x={point.x} y={point.y > plot.top + 20 ? point.y - 10 : point.y + 20} text-anchor="middle" aria-hidden="true">
              {percent(point.value)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
