// The bindings and secrets the Worker is given (wrangler.toml, .dev.vars locally, secrets in production).
import type { ConversationDO } from "./conversation/conversation-do.ts";
import type { RateLimiterDO } from "./site/rate-limiter-do.ts";
import type { SiteDO } from "./site/site-do.ts";

export interface Env {
  CONVERSATIONS: DurableObjectNamespace<ConversationDO>;
  SITES: DurableObjectNamespace<SiteDO>;
  LIMITERS: DurableObjectNamespace<RateLimiterDO>;
  DB: D1Database;
  ASSETS: Fetcher;
  /** Workers AI, only bound in production configurations. */
  AI?: Ai;
  /** Comma-separated site ids seeded with the bundled demo knowledge on first use. */
  DEMO_SITES?: string;
  STEWARD_ADMIN_TOKEN?: string;
  STEWARD_AGENT_TOKEN?: string;
  /** Signs customer tokens. */
  TOKEN_SECRET?: string;
  /** Cloudflare Access in front of /agent: the team domain (myteam.cloudflareaccess.com) and the app's audience tag. */
  ACCESS_TEAM_DOMAIN?: string;
  ACCESS_AUD?: string;
  /** "1" turns on the load benchmark's echo route. */
  BENCH_ROUTES?: string;
  /** Further secrets named by site policies (e.g. an OpenAI-compatible key). */
  [secret: string]: unknown;
}
