// The conversation's SQLite tables and every query on them, so the Durable Object class holds no SQL.
import type { ConversationEvent, ConversationState, MessageEvent, Role } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import type { Turn } from "../guard/types.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  episode INTEGER NOT NULL,
  role TEXT,
  text TEXT,
  client_message_id TEXT,
  author TEXT,
  state TEXT,
  reasons TEXT
);
CREATE TABLE IF NOT EXISTS intake (
  client_message_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  result TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  record TEXT NOT NULL
);
`;

export interface Meta {
  conversationId: string;
  siteId: string;
  state: ConversationState;
  episode: number;
  agent: string | null;
  /** Why the conversation last went to a person (checkpoint ids or steps); empty while the bot holds it. */
  reasons: string[];
  language: string;
  /** The Worker's public origin, for links to the conversation in webhooks. */
  origin: string;
  createdAt: string;
  /** When the current wait for a person began (for the time to first human reply). */
  waitingSince: string | null;
  /** Whether a person has answered in the current episode. */
  humanReplied: boolean;
  /** Last message or state change; retention counts from it. */
  lastActivityAt: string;
  retentionDays: number;
}

type EventRow = {
  seq: number;
  type: string;
  at: string;
  episode: number;
  role: string | null;
  text: string | null;
  client_message_id: string | null;
  author: string | null;
  state: string | null;
  reasons: string | null;
};

export type NewEvent =
  | { type: "message"; role: Role; text: string; clientMessageId?: string; author?: string }
  | { type: "state"; state: ConversationState; reasons?: string[] };

export class Transcript {
  private readonly sql: SqlStorage;
  private meta: Meta | null | undefined;
  /** The last event's seq; read from storage once, then counted here (only `append` adds events). */
  private seq: number | undefined;
  /** The latest message and the latest customer message's seq, asked after every turn; kept like `seq`. */
  private latest: { message: MessageEvent | null; customerSeq: number } | undefined;
  /** The current episode's turns, which every decision reads: read once per episode, then kept like `seq`. */
  private turns: { episode: number; list: Array<{ seq: number; turn: Turn }> } | undefined;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    sql.exec(SCHEMA);
  }

  /** The conversation's facts; read from storage once, then kept in step by writeMeta. */
  readMeta(): Meta | null {
    if (this.meta === undefined) {
      const row = this.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'conversation'").toArray()[0];
      this.meta = row ? (JSON.parse(row.value) as Meta) : null;
    }
    // A copy: callers keep the snapshot they read while the conversation moves on.
    return this.meta && { ...this.meta };
  }

  /** Stores the whole record in one row: a turn changes several facts, and one write is cheaper than many. */
  writeMeta(patch: Partial<Meta>): void {
    const next = { ...(this.readMeta() ?? {}), ...patch } as Meta;
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('conversation', ?)", JSON.stringify(next));
    this.meta = next;
  }

  private lastSeq(): number {
    this.seq ??= this.sql.exec<{ seq: number | null }>("SELECT MAX(seq) AS seq FROM events").one().seq ?? 0;
    return this.seq;
  }

  append(event: NewEvent, episode: number, at: Date): ConversationEvent {
    const row: EventRow = {
      seq: this.lastSeq() + 1,
      type: event.type,
      at: at.toISOString(),
      episode,
      role: event.type === "message" ? event.role : null,
      text: event.type === "message" ? event.text : null,
      client_message_id: (event.type === "message" && event.clientMessageId) || null,
      author: (event.type === "message" && event.author) || null,
      state: event.type === "state" ? event.state : null,
      reasons: event.type === "state" && event.reasons ? JSON.stringify(event.reasons) : null,
    };
    this.sql.exec(
      "INSERT INTO events (seq, type, at, episode, role, text, client_message_id, author, state, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row.seq,
      row.type,
      row.at,
      row.episode,
      row.role,
      row.text,
      row.client_message_id,
      row.author,
      row.state,
      row.reasons,
    );
    this.seq = row.seq;
    if (this.turns?.episode === episode && (row.role === "customer" || row.role === "bot" || row.role === "agent")) {
      this.turns.list.push({ seq: row.seq, turn: toTurn(row) });
    }
    const added = toEvent(row);
    if (this.latest && added.type === "message") {
      this.latest.message = added;
      if (added.role === "customer") this.latest.customerSeq = added.seq;
    }
    return added;
  }

  eventsAfter(after: number, limit = 1000): ConversationEvent[] {
    return this.sql
      .exec<EventRow>("SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?", after, limit)
      .toArray()
      .map(toEvent);
  }

  /** The episode's customer, bot and agent messages before `beforeSeq`, oldest first: what the checks see. */
  episodeTurns(episode: number, beforeSeq: number): Turn[] {
    if (this.turns?.episode !== episode) {
      const rows = this.sql
        .exec<EventRow>("SELECT * FROM events WHERE episode = ? AND type = 'message' AND role IN ('customer', 'bot', 'agent') ORDER BY seq", episode)
        .toArray();
      this.turns = { episode, list: rows.map((row) => ({ seq: row.seq, turn: toTurn(row) })) };
    }
    return this.turns.list.filter((t) => t.seq < beforeSeq).map((t) => t.turn);
  }

  /** Whether the customer wrote again after `seq`: a draft for `seq` is then stale. */
  hasCustomerMessageAfter(seq: number): boolean {
    return this.latestMessages().customerSeq > seq;
  }

  findIntake(clientMessageId: string): { seq: number; result: string | null } | null {
    return this.sql
      .exec<{ seq: number; result: string | null }>("SELECT seq, result FROM intake WHERE client_message_id = ?", clientMessageId)
      .toArray()[0] ?? null;
  }

  openIntake(clientMessageId: string, seq: number): void {
    this.sql.exec("INSERT INTO intake (client_message_id, seq, result) VALUES (?, ?, NULL)", clientMessageId, seq);
  }

  closeIntake(clientMessageId: string, result: unknown): void {
    this.sql.exec("UPDATE intake SET result = ? WHERE client_message_id = ?", JSON.stringify(result), clientMessageId);
  }

  /** The customer's latest messages, newest last, cut to `maxChars` from the end. */
  customerText(maxChars: number): string {
    const rows = this.sql
      .exec<{ text: string }>("SELECT text FROM events WHERE type = 'message' AND role = 'customer' ORDER BY seq DESC LIMIT 50")
      .toArray();
    return rows.map((r) => r.text).reverse().join("\n").slice(-maxChars);
  }

  lastMessage(): MessageEvent | null {
    return this.latestMessages().message;
  }

  private latestMessages(): { message: MessageEvent | null; customerSeq: number } {
    if (!this.latest) {
      const row = this.sql.exec<EventRow>("SELECT * FROM events WHERE type = 'message' ORDER BY seq DESC LIMIT 1").toArray()[0];
      const customer = this.sql.exec<{ seq: number | null }>("SELECT MAX(seq) AS seq FROM events WHERE type = 'message' AND role = 'customer'").one();
      this.latest = { message: row ? (toEvent(row) as MessageEvent) : null, customerSeq: customer.seq ?? 0 };
    }
    return this.latest;
  }

  event(seq: number): ConversationEvent | null {
    const row = this.sql.exec<EventRow>("SELECT * FROM events WHERE seq = ?", seq).toArray()[0];
    return row ? toEvent(row) : null;
  }

  saveDecision(record: DecisionRecord): void {
    this.sql.exec("INSERT INTO decisions (id, seq, at, record) VALUES (?, ?, ?, ?)", record.id, record.seq, record.at, JSON.stringify(record));
  }

  decision(id: string): DecisionRecord | null {
    const row = this.sql.exec<{ record: string }>("SELECT record FROM decisions WHERE id = ?", id).toArray()[0];
    return row ? (JSON.parse(row.record) as DecisionRecord) : null;
  }

  decisions(): DecisionRecord[] {
    return this.sql
      .exec<{ record: string }>("SELECT record FROM decisions ORDER BY seq, at")
      .toArray()
      .map((r) => JSON.parse(r.record) as DecisionRecord);
  }
}

function toTurn(row: EventRow): Turn {
  return { role: row.role as Turn["role"], text: row.text ?? "", at: Date.parse(row.at) };
}

function toEvent(row: EventRow): ConversationEvent {
  if (row.type === "state") {
    return {
      type: "state",
      seq: row.seq,
      at: row.at,
      state: row.state as ConversationState,
      ...(row.reasons ? { reasons: JSON.parse(row.reasons) as string[] } : {}),
    };
  }
  return {
    type: "message",
    seq: row.seq,
    at: row.at,
    role: row.role as Role,
    text: row.text ?? "",
    ...(row.client_message_id ? { clientMessageId: row.client_message_id } : {}),
    ...(row.author ? { author: row.author } : {}),
  };
}
