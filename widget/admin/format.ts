// Numbers as an owner reads them: whole percents, durations in the largest sensible unit, a dash for "no data".

export const NO_DATA = "–";

/** 0..1 → "37%"; below 1% but not zero shows "<1%", so a rare block does not look like none. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NO_DATA;
  if (rate > 0 && rate < 0.005) return "<1%";
  return Math.round(rate * 100) + "%";
}

/** Seconds → "45 s", "3 min", "1 h 20 min", "2 d 4 h"; null (nobody has replied yet) → a dash. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return NO_DATA;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** Share of thumbs up among ratings, or null when nobody rated. */
export function approval({ up, down }: { up: number; down: number }): number | null {
  return up + down === 0 ? null : up / (up + down);
}

/** "2026-11-26" → "26 Nov", in the viewer's language. The day is a UTC calendar day, so it is formatted in UTC. */
export function shortDay(day: string): string {
  return new Date(day + "T00:00:00Z").toLocaleDateString([], { day: "numeric", month: "short", timeZone: "UTC" });
}

/** A number of milliseconds or a score with a fixed number of decimals; not-a-number is a dash. */
export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_DATA : value.toFixed(digits);
}

/** A time in milliseconds: one decimal under 10 ms, where the checks live, whole numbers above. */
export function milliseconds(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}
