// What the charts need from an analytics answer: decisions counted once, reasons ranked, and one entry for
// every day of the period, so a quiet day shows as a gap rather than disappearing from the axis.
import type { Analytics, Counts } from "./admin-api.ts";
import { daysOf } from "./date-range.ts";

/** Every customer message the pipeline decided on, whatever the outcome. */
export function decisionCount(counts: Counts): number {
  return counts.autoSent + counts.suggested + counts.escalated + counts.excluded + counts.shadow;
}

/** Entries of a count table, largest first, ties by id so the order is stable between reloads. */
export function ranked(table: Record<string, number>): [string, number][] {
  return Object.entries(table)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

export interface DayRate {
  day: string;
  /** Automation rate, or null when nothing was decided that day. */
  rate: number | null;
  autoSent: number;
  decisions: number;
}

/** Over the period the answer covers (not the one being asked for next, while it loads). */
export function automationByDay(analytics: Analytics): DayRate[] {
  const byDay = new Map(analytics.days.map((day) => [day.day, day]));
  return daysOf(analytics).map((day) => {
    const counts = byDay.get(day);
    const decisions = counts ? decisionCount(counts) : 0;
    return { day, rate: counts && decisions > 0 ? counts.automationRate : null, autoSent: counts?.autoSent ?? 0, decisions };
  });
}
