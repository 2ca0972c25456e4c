// Agent routes (bearer agent token): the inbox, taking over a conversation, replying, handing back, closing.
import { Hono } from "hono";
import { z } from "zod";
import { CONVERSATION_STATES, MAX_MESSAGE_CHARS } from "../../shared/protocol.ts";
import type { Env } from "../env.ts";
import { readJson } from "./body.ts";
import { requireAgent, type AgentVars } from "./bearer.ts";
import { ApiError, unwrap } from "./errors.ts";
import { conversationOr404, requireSite, siteStub } from "./sites.ts";

const agentName = z.string().trim().min(1, "must not be empty").max(80);
const actionBody = z.object({ agent: agentName });
const replyBody = z.object({
  clientMessageId: z.string().min(1).max(128),
  agent: agentName,
  text: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "must not be empty").max(MAX_MESSAGE_CHARS, `must be at most ${MAX_MESSAGE_CHARS} characters`)),
});

export const agentRoutes = new Hono<{ Bindings: Env; Variables: AgentVars }>();

agentRoutes.use("*", requireAgent());

agentRoutes.get("/conversations", async (c) => {
  const site = await requireSite(c.env, siteParam(c.req.query("site"), c.env));
  const states = parseStates(c.req.query("state"));
  return c.json({ conversations: await siteStub(c.env, site.siteId).conversations(states) });
});

agentRoutes.get("/socket", async (c) => {
  const site = await requireSite(c.env, siteParam(c.req.query("site"), c.env));
  requireUpgrade(c.req.header("upgrade"));
  return siteStub(c.env, site.siteId).fetch(c.req.raw);
});

agentRoutes.get("/conversations/:id", async (c) => c.json(unwrap(await conversationOr404(c.env, c.req.param("id")).snapshot())));

agentRoutes.get("/conversations/:id/socket", async (c) => {
  requireUpgrade(c.req.header("upgrade"));
  return conversationOr404(c.env, c.req.param("id")).fetch(c.req.raw);
});

agentRoutes.post("/conversations/:id/claim", async (c) => {
  const agent = c.var.agentEmail ?? (await readJson(c, actionBody)).agent;
  const stub = conversationOr404(c.env, c.req.param("id"));
  return c.json({ conversation: unwrap(await stub.claim(agent, await policyOf(c.env, stub))) });
});

agentRoutes.post("/conversations/:id/release", async (c) => {
  const agent = c.var.agentEmail ?? (await readJson(c, actionBody)).agent;
  const stub = conversationOr404(c.env, c.req.param("id"));
  return c.json({ conversation: unwrap(await stub.release(agent, await policyOf(c.env, stub))) });
});

agentRoutes.post("/conversations/:id/close", async (c) => {
  const agent = c.var.agentEmail ?? (await readJson(c, actionBody)).agent;
  const stub = conversationOr404(c.env, c.req.param("id"));
  return c.json({ conversation: unwrap(await stub.close(agent, await policyOf(c.env, stub))) });
});

agentRoutes.post("/conversations/:id/messages", async (c) => {
  const body = await readJson(c, c.var.agentEmail ? replyBody.omit({ agent: true }) : replyBody);
  const agent = c.var.agentEmail ?? (body as z.output<typeof replyBody>).agent;
  const stub = conversationOr404(c.env, c.req.param("id"));
  return c.json(unwrap(await stub.agentReply({ ...body, agent }, await policyOf(c.env, stub))));
});

/** The policy of the conversation's site (announcements and webhooks follow it). */
async function policyOf(env: Env, stub: ReturnType<typeof conversationOr404>) {
  const meta = await stub.meta();
  if (!meta) throw new ApiError("not_found", "No such conversation.");
  return (await requireSite(env, meta.siteId)).policy;
}

function siteParam(site: string | undefined, env: Env): string {
  const fallback = (env.DEMO_SITES ?? "").split(",")[0]?.trim();
  const siteId = site ?? fallback;
  if (!siteId) throw new ApiError("invalid_field", "site: required (the site whose inbox to show).", { field: "site" });
  return siteId;
}

function parseStates(value: string | undefined) {
  if (!value) return [...CONVERSATION_STATES];
  const states = value.split(",").map((s) => s.trim());
  const unknown = states.filter((s) => !(CONVERSATION_STATES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new ApiError("invalid_field", `state: unknown state "${unknown[0]}" (expected ${CONVERSATION_STATES.join(", ")}).`, { field: "state" });
  }
  return states as (typeof CONVERSATION_STATES)[number][];
}

function requireUpgrade(upgrade: string | undefined): void {
  if (upgrade?.toLowerCase() !== "websocket") throw new ApiError("bad_request", "This route expects a WebSocket upgrade.", { field: "upgrade" });
}
