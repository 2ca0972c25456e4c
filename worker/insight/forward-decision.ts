// Copies a decision record from its conversation into D1, where analytics and audit queries run across a site.
import type { DecisionRecord } from "../guard/decision.ts";

/** Idempotent: forwarding the same record twice (a retry after a lost acknowledgement) stores it once. */
export async function forwardDecision(db: D1Database, record: DecisionRecord): Promise<void> {
  await db
    .prepare(
      `INSERT OR IGNORE INTO decisions (id, site_id, conversation_id, seq, at, outcome, auto_sent, reasons, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      record.id,
      record.siteId,
      record.conversationId,
      record.seq,
      record.at,
      record.outcome,
      record.autoSent ? 1 : 0,
      JSON.stringify(record.reasons),
      JSON.stringify(record),
    )
    .run();
}
