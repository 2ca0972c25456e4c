// Rows the analytics count, written to D1 through a conversation's outbox (never message text).
import type { DecisionRecord } from "../guard/decision.ts";

export type ActivityKind = "conversation_started" | "customer_message" | "handoff" | "escalation" | "first_human_reply" | "rating";

export interface ActivityRow {
  /** Stable, so a retried delivery stores the row once. */
  id: string;
  siteId: string;
  conversationId: string;
  at: string;
  kind: ActivityKind;
  label?: string;
  value?: number;
}

/** What a conversation's outbox sends to D1. */
export type InsightItem = { table: "decisions"; record: DecisionRecord } | { table: "activity"; row: ActivityRow };

/**
 * What the outbox holds until then: a decision record only by id, since the record is already in the
 * conversation's own table (a copy wrote its kilobytes twice more per turn: queued, then deleted).
 */
export type QueuedInsight =
  | { table: "decisions"; id: string }
  // As queued before ids were: an outbox written then (say, during a D1 outage) still delivers.
  | { table: "decisions"; record: DecisionRecord }
  | { table: "activity"; row: ActivityRow };

/** The D1 statement that stores an item; INSERT OR IGNORE makes redelivery harmless. */
export function insightStatement(db: D1Database, item: InsightItem): D1PreparedStatement {
  if (item.table === "activity") {
    const r = item.row;
    return db
      .prepare("INSERT OR IGNORE INTO activity (id, site_id, conversation_id, at, kind, label, value) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(r.id, r.siteId, r.conversationId, r.at, r.kind, r.label ?? null, r.value ?? null);
  }
  const d = item.record;
  return db
    .prepare(
      `INSERT OR IGNORE INTO decisions (id, site_id, conversation_id, seq, at, outcome, auto_sent, reasons, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(d.id, d.siteId, d.conversationId, d.seq, d.at, d.outcome, d.autoSent ? 1 : 0, JSON.stringify(d.reasons), JSON.stringify(d));
}

/** Removes everything D1 holds about a conversation (erasure). */
export async function eraseConversationInsight(db: D1Database, conversationId: string): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM decisions WHERE conversation_id = ?").bind(conversationId),
    db.prepare("DELETE FROM activity WHERE conversation_id = ?").bind(conversationId),
  ]);
}
