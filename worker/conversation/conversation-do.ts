// One Durable Object per conversation: transcript, state, idempotent intake, decisions, live sockets,
// and an outbox (insight rows for D1, webhooks) delivered by the object's alarm, which also enforces retention.
import { DurableObject } from "cloudflare:workers";
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationEvent, MessageEvent, ServerFrame } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import type { Policy } from "../guard/policy.ts";
import { decide } from "../guard/pipeline.ts";
import { detectLanguage, isSupportedLanguage, type Language } from "../guard/text/language.ts";
import type { Env } from "../env.ts";
import { siteStub } from "../stubs.ts";
import { fail, type Result } from "../http/errors.ts";
import { SlidingWindow } from "../http/sliding-window.ts";
import { eraseCopies } from "../insight/erase.ts";
import type { ActivityKind, QueuedInsight } from "../insight/activity.ts";
import { announcement } from "./announcements.ts";
import { describeOpening, opening } from "./business-hours.ts";
import { deliverDue } from "./deliveries.ts";
import { createDrafter } from "./drafter.ts";
import { InboxNotifier } from "./inbox-notifier.ts";
import { Outbox } from "./outbox.ts";
import { transition, type ConversationEventKind, type Effect } from "./state-machine.ts";
import { Transcript, type Meta, type NewEvent } from "./transcript.ts";
import type { WebhookDelivery } from "./webhook.ts";

/**
 * What the customer's client gets back for a message. Never the decision record itself: its checks, scores,
 * passages and above all a blocked draft are for the site's people (agent inbox, audit), and handing a blocked
 * draft to the customer would deliver exactly what the checks stopped.
 */
export interface TurnResult {
  message: ConversationEvent;
  reply: ConversationEvent | null;
  /** The decision record's id, for the audit trail; null when a person holds the conversation. */
  decisionId: string | null;
}

export interface IncomingMessage {
  clientMessageId: string;
  text: string;
  policy: Policy;
  /** The site's knowledge version when the message arrived (the search index to use). */
  knowledgeVersion: number;
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

const DAY_MS = 86_400_000;
/** What the site keeps of the customer's words for the owner's search. */
const SEARCH_TEXT_CHARS = 4000;

export class ConversationDO extends DurableObject<Env> {
  private transcript: Transcript;
  private outbox: Outbox;
  /** Turns being decided, so a retry that arrives meanwhile waits for the same result. */
  private readonly inFlight = new Map<string, Promise<Result<TurnResult>>>();
  /** The customer's recent messages, for the per-conversation flood limit (memory only, by design). */
  private readonly flood = new SlidingWindow();
  private readonly inbox: InboxNotifier;
  /** When the alarm is set for (null: none; undefined: not known since this object woke up). */
  private alarmAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.transcript = new Transcript(ctx.storage.sql);
    this.outbox = new Outbox(ctx.storage.sql);
    this.inbox = new InboxNotifier(
      () => {
        const meta = this.transcript.readMeta();
        return meta && JSON.stringify([meta.state, meta.reasons, meta.agent, meta.waitingSince]);
      },
      () => {
        const meta = this.transcript.readMeta();
        if (!meta) return;
        const summary = this.summary(meta);
        const customerText = this.transcript.customerText(SEARCH_TEXT_CHARS);
        const site = siteStub(this.env, meta.siteId);
        this.ctx.waitUntil(site.conversationChanged(summary, customerText).catch((error) => console.warn("inbox update failed", error)));
      },
    );
    // Keep-alive pings are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  async start(init: { conversationId: string; siteId: string; language: string; origin: string; policy: Policy }): Promise<Meta> {
    const existing = this.transcript.readMeta();
    if (existing) return existing;
    const now = new Date().toISOString();
    const meta: Meta = {
      conversationId: init.conversationId,
      siteId: init.siteId,
      state: "bot",
      episode: 1,
      agent: null,
      reasons: [],
      language: init.language,
      origin: init.origin,
      createdAt: now,
      waitingSince: null,
      humanReplied: false,
      lastActivityAt: now,
      retentionDays: init.policy.retentionDays,
    };
    this.transcript.writeMeta(meta);
    this.record(meta, "conversation_started", "started");
    this.notifySite();
    await this.scheduleAlarm();
    return meta;
  }

  /** The load benchmark's bare round trip (see http/bench.ts). */
  echo(text: string): string {
    return text;
  }

  meta(): Meta | null {
    return this.transcript.readMeta();
  }

  events(after: number): Result<ConversationEvent[]> {
    if (!this.transcript.readMeta()) return fail("not_found", "No such conversation.");
    return { ok: true, value: this.transcript.eventsAfter(after) };
  }

  /** What an agent or an auditor sees: the summary, the whole transcript and every decision record. */
  snapshot(): Result<{ conversation: ConversationSummary; events: ConversationEvent[]; decisions: DecisionRecord[] }> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    return { ok: true, value: { conversation: this.summary(meta), events: this.transcript.eventsAfter(0, 100_000), decisions: this.transcript.decisions() } };
  }

  async receive(incoming: IncomingMessage): Promise<Result<TurnResult>> {
    const done = this.transcript.findIntake(incoming.clientMessageId);
    if (done?.result) return { ok: true, value: storedTurn(done.result) };
    const pending = this.inFlight.get(incoming.clientMessageId);
    if (pending) return pending;
    // Retries of a stored message are answered above; only new messages count against the limit.
    if (done === null) {
      const allowed = this.flood.hit(incoming.policy.limits.messagesPerMinute, Date.now());
      if (!allowed.ok) {
        const message = `Too many messages: at most ${incoming.policy.limits.messagesPerMinute} a minute in one conversation.`;
        return { ok: false, error: { code: "rate_limited", message, retryAfterSeconds: allowed.retryAfterSeconds } };
      }
    }
    const turn = this.runTurn(incoming, done?.seq);
    this.inFlight.set(incoming.clientMessageId, turn);
    try {
      return await turn;
    } finally {
      this.inFlight.delete(incoming.clientMessageId);
    }
  }

  /** The customer asked for a person (button or API). */
  async requestHuman(policy: Policy): Promise<Result<{ state: string; events: ConversationEvent[] }>> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const events = this.apply(meta, { kind: "escalate", reasons: ["customer_request"] }, policy, ["The customer asked for a person."]);
    await this.scheduleAlarm();
    return { ok: true, value: { state: this.transcript.readMeta()!.state, events } };
  }

  /** The customer rated a bot answer; the first rating of an answer is the one counted. */
  async rate(seq: number, rating: "up" | "down"): Promise<Result<{ seq: number; rating: string }>> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const event = this.transcript.event(seq);
    if (!event || event.type !== "message" || event.role !== "bot") {
      return fail("invalid_field", `seq: ${seq} is not an answer of the assistant in this conversation.`, "seq");
    }
    this.record(meta, "rating", `${seq}`, { label: rating });
    await this.scheduleAlarm();
    return { ok: true, value: { seq, rating } };
  }

  async claim(agent: string, policy: Policy): Promise<Result<ConversationSummary>> {
    return this.agentAction({ kind: "claim", agent }, policy);
  }

  async release(agent: string, policy: Policy): Promise<Result<ConversationSummary>> {
    const meta = this.transcript.readMeta();
    if (meta?.agent && meta.agent !== agent) return fail("conflict", refusals.already_claimed);
    return this.agentAction({ kind: "release" }, policy);
  }

  async close(agent: string, policy: Policy): Promise<Result<ConversationSummary>> {
    const meta = this.transcript.readMeta();
    if (meta?.agent && meta.agent !== agent) return fail("conflict", refusals.already_claimed);
    return this.agentAction({ kind: "close" }, policy);
  }

  /** An agent's reply; it claims the conversation for that agent when nobody holds it. */
  async agentReply(message: AgentMessage, policy: Policy): Promise<Result<{ message: MessageEvent }>> {
    const key = `agent:${message.clientMessageId}`;
    const done = this.transcript.findIntake(key);
    if (done?.result) return { ok: true, value: JSON.parse(done.result) };
    const claimed = await this.claim(message.agent, policy);
    if (!claimed.ok) return claimed;
    const meta = this.transcript.readMeta()!;
    const now = new Date();
    const event = this.transcript.append({ type: "message", role: "agent", text: message.text, author: message.agent }, meta.episode, now);
    this.transcript.openIntake(key, event.seq);
    const value = { message: event as MessageEvent };
    this.transcript.closeIntake(key, value);
    if (!meta.humanReplied) {
      const waited = meta.waitingSince ? (now.getTime() - Date.parse(meta.waitingSince)) / 1000 : 0;
      this.record(meta, "first_human_reply", `e${meta.episode}`, { value: Math.max(0, waited) });
      this.transcript.writeMeta({ humanReplied: true });
    }
    this.touch(policy);
    this.broadcast([event]);
    this.notifySite();
    await this.scheduleAlarm();
    return { ok: true, value };
  }

  /** Removes the transcript, the decisions and every pending delivery; the object is empty afterwards. */
  async erase(): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) ws.close(1000, "conversation erased");
    await this.ctx.storage.deleteAlarm();
    this.alarmAt = null;
    await this.ctx.storage.deleteAll();
    this.transcript = new Transcript(this.ctx.storage.sql);
    this.outbox = new Outbox(this.ctx.storage.sql);
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
    this.alarmAt = null;
    const meta = this.transcript.readMeta();
    if (meta && Date.now() >= retentionDeadline(meta)) {
      await this.eraseEverywhere(meta);
      return;
    }
    // The alarm is set for the earliest waiting item, so whatever is due by then is due now
    // (this also makes a test's early run of the alarm deliver the next retry).
    await deliverDue(this.outbox, this.env, Math.max(Date.now(), this.outbox.nextDue() ?? 0), (id) => this.transcript.decision(id));
    await this.scheduleAlarm();
  }

  /** Erasure past the retention period: here, in D1 and in the site's inbox. */
  private async eraseEverywhere(meta: Meta): Promise<void> {
    await this.erase();
    await eraseCopies(this.env, meta.conversationId, meta.siteId);
  }

  /**
   * The alarm serves the outbox and retention, whichever is due first. An alarm already set earlier is left
   * alone (when it fires it sets the next one), so most turns write no alarm at all.
   */
  private async scheduleAlarm(): Promise<void> {
    const meta = this.transcript.readMeta();
    const candidates = [this.outbox.nextDue(), meta ? retentionDeadline(meta) : null].filter((t): t is number => t !== null);
    if (candidates.length === 0) return;
    const now = Date.now();
    const target = Math.max(Math.min(...candidates), now);
    if (this.alarmAt === undefined) this.alarmAt = await this.ctx.storage.getAlarm();
    if (this.alarmAt !== null && this.alarmAt >= now && this.alarmAt <= target) return;
    await this.ctx.storage.setAlarm(target);
    this.alarmAt = target;
  }

  private async agentAction(event: ConversationEventKind, policy: Policy): Promise<Result<ConversationSummary>> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const result = transition(meta, event);
    if (!result.ok) return fail("conflict", refusals[result.reason]);
    this.apply(meta, event, policy);
    await this.scheduleAlarm();
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
      this.record(meta, "customer_message", `m${message.seq}`);
      this.touch(policy, { language });
      this.broadcast([message]);
      this.notifySite();
    } else {
      message = this.transcript.event(knownSeq)!;
    }

    if (meta.state !== "bot") {
      await this.scheduleAlarm();
      return this.settle(incoming, { message, reply: null, decisionId: null });
    }

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
      createDrafter(this.env, meta.siteId, incoming.knowledgeVersion, policy),
    );
    this.broadcastFrame({ type: "typing", on: false });

    // The world may have moved while the draft was made: a human took over, or the customer wrote again.
    meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "The conversation was erased.");
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
    this.outbox.add("d1", record.id, { table: "decisions", id: record.id } satisfies QueuedInsight, Date.now());
    this.notifySite();
    await this.scheduleAlarm();
    return this.settle(incoming, { message, reply, decisionId: record.id });
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
    const at = new Date();
    const escalating = event.kind === "escalate";
    const reasons = escalating ? event.reasons : next.state === "bot" ? [] : meta.reasons;
    this.touch(policy, {
      state: next.state,
      episode: next.episode,
      agent: next.agent,
      reasons,
      ...(escalating ? { waitingSince: at.toISOString() } : {}),
      ...(next.episode !== meta.episode ? { humanReplied: false, waitingSince: null } : {}),
    });
    const updated = this.transcript.readMeta()!;
    const added: ConversationEvent[] = [];
    for (const effect of result.effects) {
      for (const newEvent of this.effectEvents(effect, meta.language, policy, at)) {
        added.push(this.transcript.append(newEvent, next.episode, at));
      }
      this.queueWebhook(effect, updated, explanations, policy, at);
      if (effect.kind === "announce_handoff") {
        // One handoff per escalation, and one row per reason for the breakdown.
        this.record(updated, "handoff", `e${updated.episode}`);
        for (const reason of effect.reasons) this.record(updated, "escalation", `e${updated.episode}:${reason}`, { label: reason });
      }
    }
    this.broadcast(added);
    this.notifySite();
    return added;
  }

  private effectEvents(effect: Effect, language: string, policy: Policy, at: Date): NewEvent[] {
    const say = (text: string): NewEvent => ({ type: "message", role: "system", text });
    switch (effect.kind) {
      case "announce_handoff": {
        const hours = opening(policy.businessHours, at);
        // Honest about why: out of hours says when someone will answer; a failed reply engine says so.
        const text = !hours.open
          ? announcement("handoffClosed", language, policy, { when: describeOpening(hours, language, policy.businessHours.timezone) })
          : announcement(effect.reasons.includes("provider_error") ? "unavailable" : "handoff", language, policy);
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

  /** Queues an analytics row; `key` makes its id stable so a repeat is stored once. */
  private record(meta: Meta, kind: ActivityKind, key: string, extra: { label?: string; value?: number } = {}): void {
    const row = { id: `${meta.conversationId}:${kind}:${key}`, siteId: meta.siteId, conversationId: meta.conversationId, at: new Date().toISOString(), kind, ...extra };
    this.outbox.add("d1", row.id, { table: "activity", row } satisfies QueuedInsight, Date.now());
  }

  /** Marks activity: retention counts from the last one, with the site's current retention period. */
  private touch(policy: Policy, patch: Partial<Meta> = {}): void {
    this.transcript.writeMeta({ ...patch, lastActivityAt: new Date().toISOString(), retentionDays: policy.retentionDays });
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
      updatedAt: meta.lastActivityAt,
      waitingSince: meta.state === "waiting_human" ? meta.waitingSince : null,
      lastMessage: last ? { role: last.role, text: last.text, at: last.at } : null,
    };
  }

  /** Tells the site's inbox (see InboxNotifier for how often). */
  private notifySite(): void {
    this.inbox.changed();
  }

  private broadcast(events: ConversationEvent[]): void {
    if (events.length > 0) this.broadcastFrame({ type: "events", events });
  }

  private broadcastFrame(frame: ServerFrame): void {
    for (const ws of this.ctx.getWebSockets()) send(ws, frame);
  }
}

/** A stored answer, for a retry. One stored by an earlier version held the whole decision record: it stays inside. */
function storedTurn(json: string): TurnResult {
  const stored = JSON.parse(json) as TurnResult & { decision?: { id: string } | null };
  return { message: stored.message, reply: stored.reply, decisionId: stored.decisionId ?? stored.decision?.id ?? null };
}

function retentionDeadline(meta: Meta): number {
  return Date.parse(meta.lastActivityAt) + meta.retentionDays * DAY_MS;
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
