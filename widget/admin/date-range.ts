// The reporting period, as the API takes it: two calendar days in UTC (the server counts days in UTC), both included.

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `days` calendar days up to and including today. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  return { from: isoDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: isoDay(now) };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Why a range typed by the owner cannot be asked for, or null when it can. */
export function rangeProblem({ from, to }: DateRange): string | null {
  if (!ISO_DAY.test(from) || Number.isNaN(Date.parse(from))) return "Choose a start date.";
  if (!ISO_DAY.test(to) || Number.isNaN(Date.parse(to))) return "Choose an end date.";
  if (from > to) return "The start date is after the end date.";
  return null;
}

/** Every day of the range in order, so a day without activity still has its place on a chart. */
export function daysOf({ from, to }: DateRange): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from), end = Date.parse(to); t <= end; t += DAY_MS) days.push(isoDay(new Date(t)));
  return days;
}
