// Finding a site and enforcing its allowed origins.
import type { Context } from "hono";
import type { Env } from "../env.ts";
import type { SiteInfo } from "../site/site-do.ts";
import { ApiError } from "./errors.ts";

export const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function siteStub(env: Env, siteId: string) {
  return env.SITES.get(env.SITES.idFromName(siteId));
}

export async function requireSite(env: Env, siteId: string): Promise<SiteInfo> {
  const site = SITE_ID.test(siteId) ? await siteStub(env, siteId).describe(siteId) : null;
  if (!site) throw new ApiError("not_found", `No site "${siteId}".`);
  return site;
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
