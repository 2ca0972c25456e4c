// Bearer-token middleware for the agent and admin audiences; tokens compared in constant time.
import type { MiddlewareHandler } from "hono";
import type { Env } from "../env.ts";
import { ApiError } from "./errors.ts";

const encoder = new TextEncoder();

/** Requires `Authorization: Bearer <env[secretName]>`. An unset secret refuses everyone (fail closed). */
export function requireBearer(secretName: "STEWARD_ADMIN_TOKEN" | "STEWARD_AGENT_TOKEN"): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const expected = c.env[secretName];
    if (!expected) throw new ApiError("not_configured", `${secretName} is not set (wrangler secret put ${secretName}).`);
    const header = c.req.header("authorization") ?? "";
    // Browsers cannot set headers on a WebSocket, so socket upgrades may carry the token as ?token=.
    const isSocket = c.req.header("upgrade")?.toLowerCase() === "websocket";
    const given = header.startsWith("Bearer ") ? header.slice(7).trim() : isSocket ? (c.req.query("token") ?? "") : "";
    if (!given || !(await sameSecret(given, expected))) throw new ApiError("unauthorized", "A valid bearer token is required.");
    await next();
  };
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([digest(a), digest(b)]);
  return crypto.subtle.timingSafeEqual(da, db);
}

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(text));
}
