// Credentials of the agent and admin audiences: bearer tokens compared in constant time, and for agents
// behind Cloudflare Access, the Access JWT.
import type { MiddlewareHandler } from "hono";
import type { Env } from "../env.ts";
import { verifyAccessJwt } from "./access-jwt.ts";
import { ApiError } from "./errors.ts";

const encoder = new TextEncoder();

/** Requires `Authorization: Bearer <env[secretName]>`. An unset secret refuses everyone (fail closed). */
export function requireBearer(secretName: "STEWARD_ADMIN_TOKEN" | "STEWARD_AGENT_TOKEN"): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    await checkBearer(c, secretName);
    await next();
  };
}

export type AgentVars = { agentEmail: string | null };

/**
 * Agents: a valid Cloudflare Access JWT when Access is configured (ACCESS_TEAM_DOMAIN, ACCESS_AUD) and the
 * request carries one — its email then names the agent — or else the agent bearer token.
 */
export function requireAgent(): MiddlewareHandler<{ Bindings: Env; Variables: AgentVars }> {
  return async (c, next) => {
    const assertion = c.req.header("cf-access-jwt-assertion");
    const team = c.env.ACCESS_TEAM_DOMAIN;
    const audience = c.env.ACCESS_AUD;
    if (assertion && team && audience) {
      const identity = await verifyAccessJwt(assertion, { teamDomain: team, audience }, Math.floor(Date.now() / 1000));
      if (!identity) throw new ApiError("unauthorized", "The Cloudflare Access token is not valid for this application.");
      c.set("agentEmail", identity.email);
    } else {
      await checkBearer(c, "STEWARD_AGENT_TOKEN");
      c.set("agentEmail", null);
    }
    await next();
  };
}

/** The parts of a request context the check reads (any audience's context has them). */
type RequestView = { env: Env; req: { header(name: string): string | undefined; query(name: string): string | undefined } };

async function checkBearer(c: RequestView, secretName: "STEWARD_ADMIN_TOKEN" | "STEWARD_AGENT_TOKEN"): Promise<void> {
  const expected = c.env[secretName];
  if (!expected) throw new ApiError("not_configured", `${secretName} is not set (wrangler secret put ${secretName}).`);
  const header = c.req.header("authorization") ?? "";
  // Browsers cannot set headers on a WebSocket, so socket upgrades may carry the token as ?token=.
  const isSocket = c.req.header("upgrade")?.toLowerCase() === "websocket";
  const given = header.startsWith("Bearer ") ? header.slice(7).trim() : isSocket ? (c.req.query("token") ?? "") : "";
  if (!given || !(await sameSecret(given, expected))) throw new ApiError("unauthorized", "A valid bearer token is required.");
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([digest(a), digest(b)]);
  return crypto.subtle.timingSafeEqual(da, db);
}

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(text));
}
