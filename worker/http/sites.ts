// Finding a site and enforcing its allowed origins.
import type { Context } from "hono";
import type { Env } from "../env.ts";
import type { SiteInfo } from "../site/site-do.ts";
import { conversationStub, siteStub } from "../stubs.ts";
import { ApiError } from "./errors.ts";

export { siteStub };

export const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** A conversation's object for a route; an id never issued is a 404, like one that was erased. */
export function conversationOr404(env: Env, conversationId: string) {
  const stub = conversationStub(env, conversationId);
  if (!stub) throw new ApiError("not_found", "No such conversation.");
  return stub;
}

/**
 * Every request needs its site's policy; asking the site's object each time would make it a hop on every
 * message. An isolate keeps what it read for a moment: a policy change reaches other isolates within
 * SITE_CACHE_MS, and this one at once (see forgetSite).
 */
const SITE_CACHE_MS = 2000;
const siteCache = new Map<string, { readAt: number; site: SiteInfo }>();

export async function requireSite(env: Env, siteId: string): Promise<SiteInfo> {
  const cached = siteCache.get(siteId);
  if (cached && Date.now() - cached.readAt < SITE_CACHE_MS) return cached.site;
  const site = SITE_ID.test(siteId) ? await siteStub(env, siteId).describe(siteId) : null;
  if (!site) throw new ApiError("not_found", `No site "${siteId}".`);
  siteCache.set(siteId, { readAt: Date.now(), site });
  return site;
}

/** After a policy change through this isolate. */
export function forgetSite(siteId: string): void {
  siteCache.delete(siteId);
}

/**
 * A browser request from an origin the site does not allow is refused. A request without an Origin header
 * (a server, curl, a test) is judged by its token alone (DESIGN.md, "Origins").
 */
export function checkOrigin(c: Context, site: SiteInfo): void {
  const origin = c.req.header("origin");
  if (!origin) return;
  const allowed = site.policy.allowedOrigins;
  if (allowed.includes("*") || allowed.includes(origin)) return;
  throw new ApiError("forbidden", `The origin ${origin} is not allowed for site "${site.siteId}".`);
}
