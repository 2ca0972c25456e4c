// Per-day figures of a site from D1: volumes, outcomes, automation rate, escalation reasons, time to the
// first human reply, ratings, and how often each checkpoint blocks.
import type { Analytics, DayFigures } from "../../shared/insight.ts";

type Counted = { day: string; key: string | null; n: number };

const OUTCOME_FIELD: Record<string, keyof DayFigures> = {
  auto_sent: "autoSent",
  suggested: "suggested",
  escalated: "escalated",
  excluded: "excluded",
  shadow: "shadow",
};

/** `from` and `to` are inclusive UTC days (YYYY-MM-DD). */
export async function siteAnalytics(db: D1Database, siteId: string, from: string, to: string): Promise<Analytics> {
  const start = `${from}T00:00:00.000Z`;
  const end = `${to}T23:59:59.999Z`;
  const [activity, outcomes, waits, checks] = await db.batch<Counted & { value: number | null; verdict: string }>([
    db
      .prepare(
        `SELECT substr(at, 1, 10) AS day, kind || ':' || COALESCE(label, '') AS key, COUNT(*) AS n FROM activity
         WHERE site_id = ? AND at BETWEEN ? AND ? AND kind != 'first_human_reply' GROUP BY day, key`,
      )
      .bind(siteId, start, end),
    db
      .prepare(
        `SELECT substr(at, 1, 10) AS day, outcome AS key, COUNT(*) AS n FROM decisions
         WHERE site_id = ? AND at BETWEEN ? AND ? AND json_extract(record, '$.discarded') IS NULL GROUP BY day, key`,
      )
      .bind(siteId, start, end),
    db
      .prepare(`SELECT substr(at, 1, 10) AS day, value FROM activity WHERE site_id = ? AND at BETWEEN ? AND ? AND kind = 'first_human_reply'`)
      .bind(siteId, start, end),
    db
      .prepare(
        `SELECT json_extract(c.value, '$.id') AS key, json_extract(c.value, '$.verdict') AS verdict, COUNT(*) AS n
         FROM decisions, json_each(decisions.record, '$.checks') AS c
         WHERE decisions.site_id = ? AND decisions.at BETWEEN ? AND ? GROUP BY key, verdict`,
      )
      .bind(siteId, start, end),
  ]);

  const byDay = new Map<string, DayFigures>();
  const waitsByDay = new Map<string, number[]>();
  const dayOf = (day: string) => {
    let figures = byDay.get(day);
    if (!figures) byDay.set(day, (figures = emptyDay()));
    return figures;
  };
  for (const row of activity!.results) {
    const figures = dayOf(row.day);
    const [kind, label] = (row.key ?? ":").split(":") as [string, string];
    if (kind === "conversation_started") figures.conversations += row.n;
    else if (kind === "customer_message") figures.customerMessages += row.n;
    else if (kind === "handoff") figures.escalations += row.n;
    else if (kind === "escalation") figures.escalationsByReason[label] = (figures.escalationsByReason[label] ?? 0) + row.n;
    else if (kind === "rating" && (label === "up" || label === "down")) figures.ratings[label] += row.n;
  }
  for (const row of outcomes!.results) {
    const field = OUTCOME_FIELD[row.key ?? ""];
    if (field) (dayOf(row.day)[field] as number) += row.n;
  }
  for (const row of waits!.results) {
    const list = waitsByDay.get(row.day) ?? [];
    waitsByDay.set(row.day, list);
    if (row.value !== null) list.push(row.value);
  }

  const days = eachDay(from, to).map((day) => {
    const figures = byDay.get(day) ?? emptyDay();
    return { day, ...finish(figures, waitsByDay.get(day) ?? []) };
  });
  const totals = finish(
    days.reduce((sum, d) => add(sum, d), emptyDay()),
    [...waitsByDay.values()].flat(),
  );
  const checkFigures: Analytics["checks"] = {};
  for (const row of checks!.results) {
    if (!row.key || row.verdict === "skipped") continue;
    const entry = (checkFigures[row.key] ??= { runs: 0, blocks: 0, blockRate: 0 });
    entry.runs += row.n;
    if (row.verdict === "block" || row.verdict === "error") entry.blocks += row.n;
  }
  for (const entry of Object.values(checkFigures)) entry.blockRate = round(entry.blocks / entry.runs);
  return { siteId, from, to, days, totals, checks: checkFigures };
}

function emptyDay(): DayFigures {
  return {
    conversations: 0,
    customerMessages: 0,
    autoSent: 0,
    suggested: 0,
    escalated: 0,
    excluded: 0,
    shadow: 0,
    escalations: 0,
    automationRate: 0,
    escalationsByReason: {},
    medianFirstHumanReplySeconds: null,
    ratings: { up: 0, down: 0 },
  };
}

function add(sum: DayFigures, day: DayFigures): DayFigures {
  const reasons = { ...sum.escalationsByReason };
  for (const [reason, n] of Object.entries(day.escalationsByReason)) reasons[reason] = (reasons[reason] ?? 0) + n;
  return {
    ...sum,
    conversations: sum.conversations + day.conversations,
    customerMessages: sum.customerMessages + day.customerMessages,
    autoSent: sum.autoSent + day.autoSent,
    suggested: sum.suggested + day.suggested,
    escalated: sum.escalated + day.escalated,
    excluded: sum.excluded + day.excluded,
    shadow: sum.shadow + day.shadow,
    escalations: sum.escalations + day.escalations,
    escalationsByReason: reasons,
    ratings: { up: sum.ratings.up + day.ratings.up, down: sum.ratings.down + day.ratings.down },
  };
}

function finish(figures: DayFigures, waits: number[]): DayFigures {
  const decisions = figures.autoSent + figures.suggested + figures.escalated + figures.excluded + figures.shadow;
  return { ...figures, automationRate: decisions === 0 ? 0 : round(figures.autoSent / decisions), medianFirstHumanReplySeconds: median(waits) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
