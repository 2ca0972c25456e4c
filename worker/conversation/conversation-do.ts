// One Durable Object per conversation: transcript, state, idempotent intake, decisions, live sockets,
// and an outbox (webhooks, forwarding to D1) delivered by the object's alarm.
import { DurableObject } from "cloudflare:workers";
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationEvent, MessageEvent, ServerFrame } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import type { Policy } from "../guard/policy.ts";
import { decide } from "../guard/pipeline.ts";
import { detectLanguage, isSupportedLanguage, type Language } from "../guard/text/language.ts";
import type { Env } from "../env.ts";
import { fail, type Result } from "../http/errors.ts";
import { forwardDecision } from "../insight/forward-decision.ts";
import { announcement } from "./announcements.ts";
import { describeOpening, opening } from "./business-hours.ts";
import { createDrafter } from "./drafter.ts";
import { Outbox, type OutboxItem } from "./outbox.ts";
import { transition, type ConversationEventKind, type Effect } from "./state-machine.ts";
import { Transcript, type Meta, type NewEvent } from "./transcript.ts";
import { deliverWebhook, type WebhookDelivery } from "./webhook.ts";

export interface TurnResult {
  message: ConversationEvent;
  reply: ConversationEvent | null;
  /** Null when a person holds the conversation: the bot decided nothing. */
  decision: DecisionRecord | null;
}

export interface IncomingMessage {
  clientMessageId: string;
  text: string;
  policy: Policy;
  customer?: Record<string, string>;
}

export interface AgentMessage {
  clientMessageId: string;
  text: string;
  agent: string;
}

const refusals = {
  already_claimed: "Another agent holds this conversation.",
  closed: "The conversation is closed.",
  not_with_human: "The bot already holds this conversation.",
} as const;

export class ConversationDO extends DurableObject<Env> {
  private readonly transcript: Transcript;
  private readonly outbox: Outbox;
  /** Turns being decided, so a retry that arrives meanwhile waits for the same result. */
  private readonly inFlight = new Map<string, Promise<Result<TurnResult>>>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.transcript = new Transcript(ctx.storage.sql);
    this.outbox = new Outbox(ctx.storage.sql);
    // Keep-alive pings are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  start(init: { conversationId: string; siteId: string; language: string; origin: string }): Meta {
    const existing = this.transcript.readMeta();
    if (existing) return existing;
    const meta: Meta = {
      conversationId: init.conversationId,
      siteId: init.siteId,
      state: "bot",
      episode: 1,
      agent: null,
      reasons: [],
      language: init.language,
      origin: init.origin,
      createdAt: new Date().toISOString(),
    };
    this.transcript.writeMeta(meta);
    this.notifySite();
    return meta;
  }

  meta(): Meta | null {
    return this.transcript.readMeta();
  }

  events(after: number): ConversationEvent[] {
    return this.transcript.eventsAfter(after);
  }

  /** What an agent sees: the summary, the whole transcript and every decision record. */
  snapshot(): Result<{ conversation: ConversationSummary; events: ConversationEvent[]; decisions: DecisionRecord[] }> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    return { ok: true, value: { conversation: this.summary(meta), events: this.transcript.eventsAfter(0, 100_000), decisions: this.transcript.decisions() } };
  }

  async receive(incoming: IncomingMessage): Promise<Result<TurnResult>> {
    const done = this.transcript.findIntake(incoming.clientMessageId);
    if (done?.result) return { ok: true, value: JSON.parse(done.result) as TurnResult };
    const pending = this.inFlight.get(incoming.clientMessageId);
    if (pending) return pending;
    const turn = this.runTurn(incoming, done?.seq);
    this.inFlight.set(incoming.clientMessageId, turn);
    try {
      return await turn;
    } finally {
      this.inFlight.delete(incoming.clientMessageId);
    }
  }

  /** The customer asked for a person (button or API). */
  requestHuman(policy: Policy): Result<{ state: string; events: ConversationEvent[] }> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const events = this.apply(meta, { kind: "escalate", reasons: ["customer_request"] }, policy);
    return { ok: true, value: { state: this.transcript.readMeta()!.state, events } };
  }

  claim(agent: string, policy: Policy): Result<ConversationSummary> {
    return this.agentAction({ kind: "claim", agent }, policy);
  }

  release(agent: string, policy: Policy): Result<ConversationSummary> {
    const meta = this.transcript.readMeta();
    if (meta?.agent && meta.agent !== agent) return fail("conflict", refusals.already_claimed);
    return this.agentAction({ kind: "release" }, policy);
  }

  close(agent: string, policy: Policy): Result<ConversationSummary> {
    const meta = this.transcript.readMeta();
    if (meta?.agent && meta.agent !== agent) return fail("conflict", refusals.already_claimed);
    return this.agentAction({ kind: "close" }, policy);
  }

  /** An agent's reply; it claims the conversation for that agent when nobody holds it. */
  agentReply(message: AgentMessage, policy: Policy): Result<{ message: MessageEvent }> {
    const key = `agent:${message.clientMessageId}`;
    const done = this.transcript.findIntake(key);
    if (done?.result) return { ok: true, value: JSON.parse(done.result) };
    const claimed = this.claim(message.agent, policy);
    if (!claimed.ok) return claimed;
    const meta = this.transcript.readMeta()!;
    const event = this.transcript.append({ type: "message", role: "agent", text: message.text, author: message.agent }, meta.episode, new Date());
    this.transcript.openIntake(key, event.seq);
    const value = { message: event as MessageEvent };
    this.transcript.closeIntake(key, value);
    this.broadcast([event]);
    this.notifySite();
    return { ok: true, value };
  }

  async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade") !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const after = Number(new URL(request.url).searchParams.get("after") ?? 0);
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    // Everything the client missed, before any live event: nothing is lost, nothing doubled.
    send(server, { type: "events", events: this.transcript.eventsAfter(after) });
    return new Response(null, { status: 101, webSocket: client });
  }

  webSocketMessage(): void {
    // Clients send nothing but keep-alive pings, which the auto-response answers.
  }

  webSocketClose(ws: WebSocket, code: number): void {
    ws.close(code === 1005 ? 1000 : code, "closing");
  }

  async alarm(): Promise<void> {
    // The alarm is set for the earliest waiting item, so whatever is due by then is due now
    // (this also makes a test's early run of the alarm deliver the next retry).
    const cutoff = Math.max(Date.now(), this.outbox.nextDue() ?? 0);
    for (const item of this.outbox.due(cutoff)) {
      try {
        await this.deliver(item);
        this.outbox.delivered(item.id);
      } catch (error) {
        this.outbox.failed(item, error instanceof Error ? error.message : String(error), Date.now());
      }
    }
    await this.scheduleOutbox();
  }

  private async deliver(item: OutboxItem): Promise<void> {
    if (item.kind === "d1") return forwardDecision(this.env.DB, JSON.parse(item.payload) as DecisionRecord);
    const delivery = JSON.parse(item.payload) as WebhookDelivery;
    const secret = this.env[delivery.secretName];
    if (typeof secret !== "string" || secret === "") throw new Error(`the secret ${delivery.secretName} is not set`);
    await deliverWebhook(delivery, secret, new Date());
  }

  private async scheduleOutbox(): Promise<void> {
    const next = this.outbox.nextDue();
    if (next !== null) await this.ctx.storage.setAlarm(Math.max(next, Date.now()));
  }

  private agentAction(event: ConversationEventKind, policy: Policy): Result<ConversationSummary> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const result = transition(meta, event);
    if (!result.ok) return fail("conflict", refusals[result.reason]);
    this.apply(meta, event, policy);
    return { ok: true, value: this.summary(this.transcript.readMeta()!) };
  }

  private async runTurn(incoming: IncomingMessage, knownSeq: number | undefined): Promise<Result<TurnResult>> {
    let meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const { policy } = incoming;
    const language = detectLanguage(incoming.text, asLanguage(meta.language));

    // A turn interrupted by a restart resumes from its stored message instead of storing it twice.
    let message: ConversationEvent;
    if (knownSeq === undefined) {
      this.apply(meta, { kind: "customer_message" }, policy);
      meta = this.transcript.readMeta()!;
      message = this.transcript.append(
        { type: "message", role: "customer", text: incoming.text, clientMessageId: incoming.clientMessageId },
        meta.episode,
        new Date(),
      );
      this.transcript.openIntake(incoming.clientMessageId, message.seq);
      this.transcript.writeMeta({ language });
      this.broadcast([message]);
      this.notifySite();
    } else {
      message = this.transcript.event(knownSeq)!;
    }

    if (meta.state !== "bot") return this.settle(incoming, { message, reply: null, decision: null });

    this.broadcastFrame({ type: "typing", on: true });
    const decision = await decide(
      {
        message: incoming.text,
        language,
        history: this.transcript.episodeTurns(meta.episode, message.seq),
        policy,
        now: Date.now(),
        customer: incoming.customer,
      },
      createDrafter(this.env, meta.siteId, policy),
    );
    this.broadcastFrame({ type: "typing", on: false });

    // The world may have moved while the draft was made: a human took over, or the customer wrote again.
    meta = this.transcript.readMeta()!;
    const record: DecisionRecord = {
      ...decision,
      id: crypto.randomUUID(),
      siteId: meta.siteId,
      conversationId: meta.conversationId,
      seq: message.seq,
      at: new Date().toISOString(),
      state: meta.state,
    };
    if (meta.state !== "bot") record.discarded = "human_took_over";
    else if (this.transcript.hasCustomerMessageAfter(message.seq)) record.discarded = "stale";

    let reply: ConversationEvent | null = null;
    if (record.discarded) {
      record.autoSent = false;
    } else if (decision.outcome === "auto_sent" && decision.draft) {
      reply = this.transcript.append({ type: "message", role: "bot", text: decision.draft.text }, meta.episode, new Date());
      this.broadcast([reply]);
    } else if (decision.outcome !== "shadow" || decision.reasons.length === 0) {
      const reasons = decision.reasons.length > 0 ? decision.reasons : [`${decision.outcome}_for_review`];
      this.apply(meta, { kind: "escalate", reasons }, policy, decision.explanations);
    }
    this.transcript.saveDecision(record);
    this.outbox.add("d1", record.id, record, Date.now());
    await this.scheduleOutbox();
    this.notifySite();
    return this.settle(incoming, { message, reply, decision: record });
  }

  private settle(incoming: IncomingMessage, result: TurnResult): Result<TurnResult> {
    this.transcript.closeIntake(incoming.clientMessageId, result);
    return { ok: true, value: result };
  }

  /** Applies a state transition and its effects; returns the events it added (already broadcast). */
  private apply(meta: Meta, event: ConversationEventKind, policy: Policy, explanations: string[] = []): ConversationEvent[] {
    const result = transition(meta, event);
    if (!result.ok || result.effects.length === 0) return [];
    const next = result.next;
    const reasons = event.kind === "escalate" ? event.reasons : next.state === "bot" ? [] : meta.reasons;
    this.transcript.writeMeta({ state: next.state, episode: next.episode, agent: next.agent, reasons });
    const added: ConversationEvent[] = [];
    const at = new Date();
    for (const effect of result.effects) {
      for (const newEvent of this.effectEvents(effect, meta.language, policy, at)) {
        added.push(this.transcript.append(newEvent, next.episode, at));
      }
      this.queueWebhook(effect, { ...meta, ...next, reasons }, explanations, policy, at);
    }
    this.broadcast(added);
    this.notifySite();
    void this.scheduleOutbox();
    return added;
  }

  private effectEvents(effect: Effect, language: string, policy: Policy, at: Date): NewEvent[] {
    const say = (text: string): NewEvent => ({ type: "message", role: "system", text });
    switch (effect.kind) {
      case "announce_handoff": {
        const hours = opening(policy.businessHours, at);
        const text = hours.open
          ? announcement("handoff", language, policy)
          : announcement("handoffClosed", language, policy, { when: describeOpening(hours, language, policy.businessHours.timezone) });
        return [{ type: "state", state: "waiting_human", reasons: effect.reasons }, say(text)];
      }
      case "announce_agent":
        return [{ type: "state", state: "human" }, say(announcement("agentJoined", language, policy, { agent: effect.agent }))];
      case "announce_bot_back":
        return [{ type: "state", state: "bot" }, say(announcement("botBack", language, policy))];
      case "announce_closed":
        return [{ type: "state", state: "closed" }, say(announcement("closed", language, policy))];
      case "announce_reopened":
        return [{ type: "state", state: "bot" }];
      case "new_episode":
        return [];
    }
  }

  /** One webhook per escalation and per close; the event id makes a second queueing of the same event a no-op. */
  private queueWebhook(effect: Effect, meta: Meta, explanations: string[], policy: Policy, at: Date): void {
    const type = effect.kind === "announce_handoff" ? "escalated" : effect.kind === "announce_closed" ? "closed" : null;
    if (!type || !policy.webhook || !policy.webhook.events.includes(type)) return;
    const id = `${meta.conversationId}:${meta.episode}:${type}`;
    const delivery: WebhookDelivery = {
      url: policy.webhook.url,
      secretName: policy.webhook.secretName,
      event: {
        id,
        type: `conversation.${type}`,
        siteId: meta.siteId,
        conversationId: meta.conversationId,
        at: at.toISOString(),
        reasons: meta.reasons,
        explanations,
        link: `${meta.origin}/agent#/conversations/${meta.conversationId}`,
      },
    };
    this.outbox.add("webhook", id, delivery, at.getTime());
  }

  private summary(meta: Meta): ConversationSummary {
    const last = this.transcript.lastMessage();
    return {
      id: meta.conversationId,
      siteId: meta.siteId,
      state: meta.state,
      reasons: meta.reasons,
      agent: meta.agent,
      createdAt: meta.createdAt,
      updatedAt: new Date().toISOString(),
      waitingSince: null,
      lastMessage: last ? { role: last.role, text: last.text, at: last.at } : null,
    };
  }

  /** Tells the site's inbox; off the critical path, since the inbox only displays it. */
  private notifySite(): void {
    const meta = this.transcript.readMeta();
    if (!meta) return;
    const site = this.env.SITES.get(this.env.SITES.idFromName(meta.siteId));
    this.ctx.waitUntil(site.conversationChanged(this.summary(meta)).catch((error) => console.warn("inbox update failed", error)));
  }

  private broadcast(events: ConversationEvent[]): void {
    if (events.length > 0) this.broadcastFrame({ type: "events", events });
  }

  private broadcastFrame(frame: ServerFrame): void {
    for (const ws of this.ctx.getWebSockets()) send(ws, frame);
  }
}

function asLanguage(code: string): Language {
  return isSupportedLanguage(code) ? code : "en";
}

function send(ws: WebSocket, frame: ServerFrame): void {
  try {
    ws.send(JSON.stringify(frame));
  } catch {
    // A socket closing under us: the client resumes from its last seq when it reconnects.
  }
}
