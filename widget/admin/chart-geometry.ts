// Where marks go on the dashboard's SVG charts. Pure, so the geometry is tested without a browser.

export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacedPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

/**
 * Places values 0..1 across the plot, first at the left edge and last at the right. A null value
 * (a day with nothing to measure) gets no point and breaks the line, rather than pretending to be 0.
 */
export function placePoints(values: readonly (number | null)[], plot: Plot): PlacedPoint[] {
  const points: PlacedPoint[] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    const clamped = Math.min(1, Math.max(0, value));
    points.push({ index, x: xAt(index, values.length, plot), y: round(plot.top + (1 - clamped) * plot.height), value });
  });
  return points;
}

/** The x of the `index`th of `count` evenly spread positions; a single one is centred. */
export function xAt(index: number, count: number, plot: Plot): number {
  return round(count > 1 ? plot.left + (index * plot.width) / (count - 1) : plot.left + plot.width / 2);
}

/** An SVG path through the points, lifting the pen wherever a day is missing between two points. */
export function linePath(points: readonly PlacedPoint[]): string {
  return points
    .map((point, i) => `${i > 0 && points[i - 1]!.index === point.index - 1 ? "L" : "M"}${point.x} ${point.y}`)
    .join("");
}

/** Which of `count` x positions get a label: at most `most`, evenly spread, always the first and the last. */
export function labelledIndexes(count: number, most: number): number[] {
  if (count <= most) return [...Array(count).keys()];
  const every = Math.ceil((count - 1) / (most - 1));
  const picked: number[] = [];
  for (let i = 0; i < count - 1; i += every) picked.push(i);
  // The last label replaces a regular one that would sit too close to it.
  if (count - 1 - picked[picked.length - 1]! < every / 2) picked.pop();
  picked.push(count - 1);
  return picked;
}

/** Bar length for `value` when the longest bar (for `max`) is `width` long; a non-zero value stays visible. */
export function barLength(value: number, max: number, width: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.max(2, round((value / max) * width));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
