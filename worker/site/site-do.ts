// One Durable Object per site: its policy, its knowledge, and the live index of its conversations for the inbox.
import { DurableObject } from "cloudflare:workers";
import type { ConversationSummary, InboxFrame } from "../../shared/inbox.ts";
import type { ConversationState } from "../../shared/protocol.ts";
import { policySchema, type Policy } from "../guard/policy.ts";
import type { Article } from "../knowledge/article.ts";
import { parseMarkdownArticles } from "../knowledge/parse-markdown.ts";
import type { Env } from "../env.ts";
import { demoArticles } from "./demo-knowledge.ts";
import { KnowledgeStore, TooManyArticles, type ArticleListing, type KnowledgeChange } from "./knowledge-store.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS site (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  waiting_since TEXT,
  summary TEXT NOT NULL,
  -- what the customer wrote (the latest 4,000 characters), for the owner's search
  search TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS conversations_by_state ON conversations (state, waiting_since, updated_at);
`;

export interface SiteInfo {
  siteId: string;
  policy: Policy;
  updatedAt: string;
  /** Changes with every knowledge write: conversations rebuild their search index when it does. */
  knowledgeVersion: number;
}

/** The inbox's order: people waiting first (longest wait first), then the rest, most recent first. */
const INBOX_ORDER = `CASE state WHEN 'waiting_human' THEN 0 WHEN 'human' THEN 1 WHEN 'bot' THEN 2 ELSE 3 END,
  waiting_since ASC, updated_at DESC`;

export class SiteDO extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  private readonly knowledge: KnowledgeStore;
  /** The parsed policy, read on every request of the site: parsed once, replaced when the policy is. */
  private info: SiteInfo | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
    this.knowledge = new KnowledgeStore(ctx.storage);
    // Keep-alive pings are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** The site, or null when it was never configured (demo sites configure themselves on first use). */
  describe(siteId: string): SiteInfo | null {
    if (this.info) return this.info;
    const stored = this.read<{ policy: unknown; updatedAt: string }>("config");
    if (stored) {
      const policy = policySchema.parse(stored.policy);
      return (this.info = { siteId, policy, updatedAt: stored.updatedAt, knowledgeVersion: this.knowledge.version() });
    }
    if (!isDemoSite(this.env, siteId)) return null;
    const seeded = parseMarkdownArticles(demoArticles);
    if (!seeded.ok) throw new Error(`the bundled demo knowledge is invalid: ${seeded.errors.join("; ")}`);
    this.knowledge.write(seeded.articles, true);
    return this.putPolicy(siteId, {});
  }

  /** Stores a policy input the route already validated; the input is kept so later defaults reach the site. */
  putPolicy(siteId: string, policyInput: unknown): SiteInfo {
    const policy = policySchema.parse(policyInput);
    const updatedAt = new Date().toISOString();
    this.write("config", { policy: policyInput, updatedAt });
    return (this.info = { siteId, policy, updatedAt, knowledgeVersion: this.knowledge.version() });
  }

  /** Every article with the version they make up (conversations build their search index from them). */
  articles(): { version: number; articles: Article[] } {
    return { version: this.knowledge.version(), articles: this.knowledge.all() };
  }

  /** Replaces the site's knowledge (`replace`) or adds and updates articles; all or nothing. */
  writeKnowledge(articles: Article[], replace: boolean): KnowledgeChange {
    try {
      const change = this.knowledge.write(articles, replace);
      this.info = null;
      return change;
    } catch (error) {
      if (error instanceof TooManyArticles) return { ok: false, errors: [error.message] };
      throw error;
    }
  }

  listKnowledge(): { version: number; articles: ArticleListing[] } {
    return { version: this.knowledge.version(), articles: this.knowledge.list() };
  }

  getArticle(id: string): Article | null {
    return this.knowledge.get(id);
  }

  removeArticle(id: string): boolean {
    this.info = null;
    return this.knowledge.remove(id);
  }

  /** A conversation changed: its summary for the inbox, and what the customer wrote for the owner's search. */
  conversationChanged(summary: ConversationSummary, customerText: string): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO conversations (id, state, updated_at, waiting_since, summary, search) VALUES (?, ?, ?, ?, ?, ?)",
      summary.id,
      summary.state,
      summary.updatedAt,
      summary.waitingSince,
      JSON.stringify(summary),
      customerText,
    );
    const frame = JSON.stringify({ type: "conversation", conversation: summary } satisfies InboxFrame);
    for (const ws of this.ctx.getWebSockets("inbox")) {
      try {
        ws.send(frame);
      } catch {
        // A closing inbox socket; the agent's page reconnects and gets the full list again.
      }
    }
  }

  /** Conversations whose id, state, reasons or customer messages contain `q` (all when empty), most recent first. */
  searchConversations(q: string, limit: number): ConversationSummary[] {
    // instr, not LIKE: SQLite caps LIKE patterns at 50 bytes, shorter than a conversation id.
    return this.sql
      .exec<{ summary: string }>(
        "SELECT summary FROM conversations WHERE ? = '' OR instr(lower(summary || search), lower(?)) > 0 ORDER BY updated_at DESC LIMIT ?",
        q,
        q,
        limit,
      )
      .toArray()
      .map((r) => JSON.parse(r.summary) as ConversationSummary);
  }

  conversationErased(id: string): void {
    this.sql.exec("DELETE FROM conversations WHERE id = ?", id);
  }

  conversations(states: ConversationState[], limit = 500): ConversationSummary[] {
    const placeholders = states.map(() => "?").join(", ");
    return this.sql
      .exec<{ summary: string }>(`SELECT summary FROM conversations WHERE state IN (${placeholders}) ORDER BY ${INBOX_ORDER} LIMIT ?`, ...states, limit)
      .toArray()
      .map((r) => JSON.parse(r.summary) as ConversationSummary);
  }

  /** The agents' live inbox: the open conversations first, then every change as it happens. */
  async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade") !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, ["inbox"]);
    const conversations = this.conversations(["waiting_human", "human", "bot", "closed"]);
    server.send(JSON.stringify({ type: "conversations", conversations } satisfies InboxFrame));
    return new Response(null, { status: 101, webSocket: client });
  }

  webSocketMessage(): void {
    // Agents' pages send nothing but keep-alive pings, which the auto-response answers.
  }

  webSocketClose(ws: WebSocket, code: number): void {
    ws.close(code === 1005 ? 1000 : code, "closing");
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
