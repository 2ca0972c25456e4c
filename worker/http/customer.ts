// Customer routes: the widget's API. Origin-checked; every conversation route needs that conversation's token.
import { Hono } from "hono";
import { z } from "zod";
import { MAX_MESSAGE_CHARS } from "../../shared/protocol.ts";
import type { Env } from "../env.ts";
import type { SiteInfo } from "../site/site-do.ts";
import { readJson } from "./body.ts";
import { signCustomerToken, TOKEN_LIFETIME_SECONDS, verifyCustomerToken } from "./customer-token.ts";
import { ApiError, unwrap } from "./errors.ts";
import { eraseConversation } from "../insight/erase.ts";
import { checkOrigin, conversationOr404, requireSite } from "./sites.ts";

type Vars = { site: SiteInfo; conversationId: string };

const startBody = z.object({ language: z.string().regex(/^[a-z]{2}$/).optional() }).strict();

const messageBody = z.object({
  clientMessageId: z.string().min(1).max(128),
  /** What the site told the widget about the customer (setUser); exclusion rules may match it. */
  customer: z.record(z.string().max(64), z.string().max(256)).refine((r) => Object.keys(r).length <= 20, "at most 20 attributes").optional(),
  text: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "must not be empty").max(MAX_MESSAGE_CHARS, `must be at most ${MAX_MESSAGE_CHARS} characters`)),
});

const ratingBody = z.object({ seq: z.number().int().min(1), rating: z.enum(["up", "down"]) });

export const customerRoutes = new Hono<{ Bindings: Env; Variables: Vars }>();

customerRoutes.post("/sites/:siteId/conversations", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  checkOrigin(c, site);
  await limitPerIp(c.env, site, c.req.header("cf-connecting-ip") ?? "unknown");
  const body = (await c.req.text()).trim() === "" ? {} : await readJson(c, startBody);
  const id = c.env.CONVERSATIONS.newUniqueId();
  const conversationId = id.toString();
  await c.env.CONVERSATIONS.get(id).start({
    conversationId,
    siteId: site.siteId,
    language: body.language ?? "en",
    origin: new URL(c.req.url).origin,
    policy: site.policy,
  });
  const token = await signCustomerToken(
    { conversationId, siteId: site.siteId, expiresAt: Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_SECONDS },
    tokenSecret(c.env),
  );
  return c.json({ conversationId, token }, 201);
});

/** What the widget needs to know of its site before any conversation: what it may link to, its languages. */
customerRoutes.get("/sites/:siteId/widget-config", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  checkOrigin(c, site);
  const { output, languages, messages } = site.policy;
  return c.json({ allowedLinkDomains: output.allowedLinkDomains, languages, greeting: messages.greeting });
});

// Every route below acts on one conversation and needs its token (header, or ?token= for WebSockets).
customerRoutes.use("/conversations/:id/*", async (c, next) => {
  const header = c.req.header("authorization");
  const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : c.req.query("token");
  if (!token) throw new ApiError("unauthorized", "A conversation token is required.");
  const claims = await verifyCustomerToken(token, tokenSecret(c.env), Math.floor(Date.now() / 1000));
  if (!claims || claims.conversationId !== c.req.param("id")) {
    throw new ApiError("unauthorized", "The token is not valid for this conversation.");
  }
  const site = await requireSite(c.env, claims.siteId);
  checkOrigin(c, site);
  c.set("site", site);
  c.set("conversationId", claims.conversationId);
  await next();
});

customerRoutes.post("/conversations/:id/messages", async (c) => {
  const body = await readJson(c, messageBody);
  const result = await conversationOr404(c.env, c.var.conversationId).receive({
    ...body,
    policy: c.var.site.policy,
    knowledgeVersion: c.var.site.knowledgeVersion,
  });
  return c.json(unwrap(result));
});

customerRoutes.get("/conversations/:id/events", async (c) => {
  const after = parseAfter(c.req.query("after"));
  return c.json({ events: unwrap(await conversationOr404(c.env, c.var.conversationId).events(after)) });
});

customerRoutes.get("/conversations/:id/socket", async (c) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError("bad_request", "This route expects a WebSocket upgrade.", { field: "upgrade" });
  }
  parseAfter(c.req.query("after"));
  return conversationOr404(c.env, c.var.conversationId).fetch(c.req.raw);
});

customerRoutes.post("/conversations/:id/handoff", async (c) => {
  return c.json(unwrap(await conversationOr404(c.env, c.var.conversationId).requestHuman(c.var.site.policy)));
});

customerRoutes.post("/conversations/:id/rating", async (c) => {
  const { seq, rating } = await readJson(c, ratingBody);
  return c.json(unwrap(await conversationOr404(c.env, c.var.conversationId).rate(seq, rating)));
});

/** "Erase my conversation": the transcript and every record of it, here and in D1. */
customerRoutes.delete("/conversations/:id", async (c) => {
  await eraseConversation(c.env, c.var.conversationId, c.var.site.siteId);
  return c.json({ erased: c.var.conversationId });
});

/** Conversations one address may start per minute on a site: bounds a flood before it reaches any object. */
async function limitPerIp(env: Env, site: SiteInfo, ip: string): Promise<void> {
  const limit = site.policy.limits.conversationsPerIpPerMinute;
  const verdict = await env.LIMITERS.get(env.LIMITERS.idFromName(`${site.siteId}|${ip}`)).hit(limit);
  if (!verdict.ok) {
    throw new ApiError("rate_limited", `Too many new conversations from this address: at most ${limit} a minute.`, {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
}


function parseAfter(value: string | undefined): number {
  if (value === undefined || value === "") return 0;
  if (!/^\d{1,15}$/.test(value)) throw new ApiError("invalid_field", "after: must be a sequence number (0 or more).", { field: "after" });
  return Number(value);
}

function tokenSecret(env: Env): string {
  if (!env.TOKEN_SECRET) throw new ApiError("not_configured", "TOKEN_SECRET is not set (wrangler secret put TOKEN_SECRET).");
  return env.TOKEN_SECRET;
}
