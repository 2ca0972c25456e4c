// One Durable Object per site: its policy, its knowledge, and the index of its conversations by state.
import { DurableObject } from "cloudflare:workers";
import type { ConversationState } from "../../shared/protocol.ts";
import { policySchema, type Policy } from "../guard/policy.ts";
import type { Passage } from "../guard/types.ts";
import type { Env } from "../env.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS site (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  agent TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  waiting_since TEXT
);
CREATE INDEX IF NOT EXISTS conversations_by_state ON conversations (state, waiting_since, updated_at);
`;

export interface SiteInfo {
  siteId: string;
  policy: Policy;
  updatedAt: string;
}

export interface ConversationSummary {
  id: string;
  state: ConversationState;
  reasons: string[];
  agent: string | null;
  createdAt: string;
  updatedAt: string;
  waitingSince: string | null;
}

export class SiteDO extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
  }

  /** The site, or null when it was never configured (demo sites configure themselves on first use). */
  describe(siteId: string): SiteInfo | null {
    const stored = this.read<{ policy: unknown; updatedAt: string }>("config");
    if (stored) return { siteId, policy: policySchema.parse(stored.policy), updatedAt: stored.updatedAt };
    if (!isDemoSite(this.env, siteId)) return null;
    return this.putPolicy(siteId, {});
  }

  /** Stores an already validated policy input (the route validates and reports errors). */
  putPolicy(siteId: string, policyInput: unknown): SiteInfo {
    const policy = policySchema.parse(policyInput);
    const updatedAt = new Date().toISOString();
    this.write("config", { policy: policyInput, updatedAt });
    return { siteId, policy, updatedAt };
  }

  retrieve(_query: string, _language: string): Passage[] {
    return [];
  }

  conversationChanged(summary: Omit<ConversationSummary, "updatedAt" | "waitingSince">): void {
    const now = new Date().toISOString();
    this.sql.exec(
      `INSERT INTO conversations (id, state, reasons, agent, created_at, updated_at, waiting_since)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, CASE WHEN ?2 = 'waiting_human' THEN ?6 END)
       ON CONFLICT (id) DO UPDATE SET state = ?2, reasons = ?3, agent = ?4, updated_at = ?6,
         waiting_since = CASE WHEN ?2 = 'waiting_human' THEN COALESCE(waiting_since, ?6) ELSE NULL END`,
      summary.id,
      summary.state,
      JSON.stringify(summary.reasons),
      summary.agent,
      summary.createdAt,
      now,
    );
  }

  private read<T>(key: string): T | null {
    const row = this.sql.exec<{ value: string }>("SELECT value FROM site WHERE key = ?", key).toArray()[0];
    return row ? (JSON.parse(row.value) as T) : null;
  }

  private write(key: string, value: unknown): void {
    this.sql.exec("INSERT OR REPLACE INTO site (key, value) VALUES (?, ?)", key, JSON.stringify(value));
  }
}

function isDemoSite(env: Env, siteId: string): boolean {
  return (env.DEMO_SITES ?? "").split(",").map((s) => s.trim()).includes(siteId);
}
