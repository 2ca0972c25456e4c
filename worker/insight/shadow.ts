// The shadow-mode report: for decisions made while a site ran in shadow mode, what would have been sent
// automatically, and why the rest would not — the evidence for switching automation on.
import type { ShadowReport } from "../../shared/insight.ts";
import type { DecisionRecord } from "../guard/decision.ts";

export function shadowReport(records: DecisionRecord[], exampleLimit = 20): ShadowReport {
  const report: ShadowReport = { decisions: 0, wouldAutoSend: 0, blockedByReason: {}, examples: [] };
  for (const record of records) {
    if (record.discarded) continue;
    report.decisions++;
    if (record.outcome === "shadow") report.wouldAutoSend++;
    for (const reason of record.reasons) report.blockedByReason[reason] = (report.blockedByReason[reason] ?? 0) + 1;
    if (report.examples.length < exampleLimit) {
      report.examples.push({
        conversationId: record.conversationId,
        seq: record.seq,
        outcome: record.outcome,
        reasons: record.reasons,
        draft: record.draft?.text ?? null,
      });
    }
  }
  return report;
}

export async function siteShadowReport(db: D1Database, siteId: string, from: string, to: string): Promise<ShadowReport> {
  const rows = await db
    .prepare(
      `SELECT record FROM decisions WHERE site_id = ? AND at BETWEEN ? AND ? AND json_extract(record, '$.mode') = 'shadow'
       ORDER BY at DESC LIMIT 10000`,
    )
    .bind(siteId, `${from}T00:00:00.000Z`, `${to}T23:59:59.999Z`)
    .all<{ record: string }>();
  return shadowReport(rows.results.map((r) => JSON.parse(r.record) as DecisionRecord));
}
