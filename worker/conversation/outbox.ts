// Deliveries that must survive failures and restarts: webhooks and the forwarding of decision records to D1.
// Written in the same storage transaction as the turn that caused them, then delivered by the object's alarm.

export type OutboxKind = "webhook" | "d1";

export type OutboxItem = {
  id: string;
  kind: OutboxKind;
  payload: string;
  attempts: number;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,
  last_error TEXT
);
`;

/**
 * Insight rows wait this long before the first delivery, so one alarm carries a few turns to D1 in one batch
 * instead of one write per message; webhooks go at once.
 */
export const D1_FLUSH_DELAY_MS = 5000;

/** Backoff after the n-th failure: 2 s, 4 s, 8 s ... capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 2000 * 2 ** Math.max(0, attempts - 1));
}

export class Outbox {
  private readonly sql: SqlStorage;
  /** When the next item is due, asked after every turn: read once, then kept in step (undefined: read again). */
  private earliest: number | null | undefined;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    sql.exec(SCHEMA);
  }

  /** Queues an item once: an id already waiting is not queued again. */
  add(kind: OutboxKind, id: string, payload: unknown, now: number): void {
    const due = kind === "d1" ? now + D1_FLUSH_DELAY_MS : now;
    const { rowsWritten } = this.sql.exec("INSERT OR IGNORE INTO outbox (id, kind, payload, next_at) VALUES (?, ?, ?, ?)", id, kind, JSON.stringify(payload), due);
    if (rowsWritten > 0 && this.earliest !== undefined) this.earliest = Math.min(this.earliest ?? due, due);
  }

  /**
   * What to deliver when the alarm fires at `now`: everything due, and insight rows still in their first
   * flush delay (the delay only exists to gather them; rows backing off after a failure keep waiting).
   */
  due(now: number, limit = 200): OutboxItem[] {
    return this.sql
      .exec<OutboxItem>(
        "SELECT id, kind, payload, attempts FROM outbox WHERE next_at <= ? OR (kind = 'd1' AND attempts = 0) ORDER BY next_at LIMIT ?",
        now,
        limit,
      )
      .toArray();
  }

  /** Removes delivered items, in one statement however many. */
  delivered(ids: string[]): void {
    this.sql.exec("DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))", JSON.stringify(ids));
    this.earliest = undefined;
  }

  failed(item: OutboxItem, error: string, now: number): void {
    const attempts = item.attempts + 1;
    this.sql.exec("UPDATE outbox SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?", attempts, now + backoffMs(attempts), error.slice(0, 500), item.id);
    this.earliest = undefined;
  }

  /** When the alarm should next fire, or null when nothing is waiting. */
  nextDue(): number | null {
    if (this.earliest === undefined) this.earliest = this.sql.exec<{ next: number | null }>("SELECT MIN(next_at) AS next FROM outbox").one().next;
    return this.earliest;
  }
}
