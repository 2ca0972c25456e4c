// One Durable Object per conversation: transcript, state, idempotent intake, decisions and live sockets.
import { DurableObject } from "cloudflare:workers";
import type { ConversationEvent, ServerFrame } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import type { Policy } from "../guard/policy.ts";
import { decide } from "../guard/pipeline.ts";
import { detectLanguage, isSupportedLanguage, type Language } from "../guard/text/language.ts";
import type { Env } from "../env.ts";
import { fail, type Result } from "../http/errors.ts";
import { announcement } from "./announcements.ts";
import { createDrafter } from "./drafter.ts";
import { transition, type ConversationEventKind, type Effect } from "./state-machine.ts";
import { Transcript, type Meta } from "./transcript.ts";

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

export class ConversationDO extends DurableObject<Env> {
  private readonly transcript: Transcript;
  /** Turns being decided, so a retry that arrives meanwhile waits for the same result. */
  private readonly inFlight = new Map<string, Promise<Result<TurnResult>>>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.transcript = new Transcript(ctx.storage.sql);
    // Keep-alive pings are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  start(init: { conversationId: string; siteId: string; language: string }): Meta {
    const existing = this.transcript.readMeta();
    if (existing) return existing;
    const meta: Meta = {
      conversationId: init.conversationId,
      siteId: init.siteId,
      state: "bot",
      episode: 1,
      agent: null,
      language: init.language,
      createdAt: new Date().toISOString(),
    };
    this.transcript.writeMeta(meta);
    return meta;
  }

  meta(): Meta | null {
    return this.transcript.readMeta();
  }

  events(after: number): ConversationEvent[] {
    return this.transcript.eventsAfter(after);
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
  requestHuman(policy: Policy): Result<ConversationEvent[]> {
    const meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    return { ok: true, value: this.apply(meta, { kind: "escalate", reasons: ["customer_request"] }, policy) };
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

  private async runTurn(incoming: IncomingMessage, knownSeq: number | undefined): Promise<Result<TurnResult>> {
    let meta = this.transcript.readMeta();
    if (!meta) return fail("not_found", "No such conversation.");
    const { policy } = incoming;
    const language = detectLanguage(incoming.text, asLanguage(meta.language));

    // A turn interrupted by a restart resumes from its stored message instead of storing it twice.
    let message: ConversationEvent;
    const fresh: ConversationEvent[] = [];
    if (knownSeq === undefined) {
      fresh.push(...this.apply(meta, { kind: "customer_message" }, policy));
      meta = this.transcript.readMeta()!;
      message = this.transcript.append(
        { type: "message", role: "customer", text: incoming.text, clientMessageId: incoming.clientMessageId },
        meta.episode,
        new Date(),
      );
      this.transcript.openIntake(incoming.clientMessageId, message.seq);
      this.transcript.writeMeta({ language });
      fresh.push(message);
      this.broadcast(fresh);
    } else {
      message = this.transcript.event(knownSeq)!;
    }

    if (meta.state !== "bot") return this.settle(incoming, { message, reply: null, decision: null });

    this.broadcastFrame({ type: "typing", on: true });
    const drafter = createDrafter(this.env, meta.siteId, policy);
    const decision = await decide(
      {
        message: incoming.text,
        language,
        history: this.transcript.episodeTurns(meta.episode, message.seq),
        policy,
        now: Date.now(),
        customer: incoming.customer,
      },
      drafter,
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
    if (record.discarded) {
      record.autoSent = false;
      this.transcript.saveDecision(record);
      return this.settle(incoming, { message, reply: null, decision: record });
    }

    let reply: ConversationEvent | null = null;
    const delivered: ConversationEvent[] = [];
    if (decision.outcome === "auto_sent" && decision.draft) {
      reply = this.transcript.append({ type: "message", role: "bot", text: decision.draft.text }, meta.episode, new Date());
      delivered.push(reply);
    } else if (decision.outcome !== "shadow" || decision.reasons.length === 0) {
      const reasons = decision.reasons.length > 0 ? decision.reasons : [`${decision.outcome}_for_review`];
      delivered.push(...this.apply(meta, { kind: "escalate", reasons }, policy));
    }
    this.transcript.saveDecision(record);
    this.broadcast(delivered);
    return this.settle(incoming, { message, reply, decision: record });
  }

  private settle(incoming: IncomingMessage, result: TurnResult): Result<TurnResult> {
    this.transcript.closeIntake(incoming.clientMessageId, result);
    return { ok: true, value: result };
  }

  /** Applies a state transition and its effects; returns the events it added (already broadcast). */
  private apply(meta: Meta, event: ConversationEventKind, policy: Policy): ConversationEvent[] {
    const result = transition(meta, event);
    if (!result.ok || result.effects.length === 0) return [];
    this.transcript.writeMeta({ state: result.next.state, episode: result.next.episode, agent: result.next.agent });
    const added: ConversationEvent[] = [];
    const at = new Date();
    for (const effect of result.effects) {
      for (const event of effectEvents(effect, meta.language, policy)) {
        added.push(this.transcript.append(event, result.next.episode, at));
      }
    }
    this.broadcast(added);
    return added;
  }

  private broadcast(events: ConversationEvent[]): void {
    if (events.length > 0) this.broadcastFrame({ type: "events", events });
  }

  private broadcastFrame(frame: ServerFrame): void {
    for (const ws of this.ctx.getWebSockets()) send(ws, frame);
  }
}

function effectEvents(effect: Effect, language: string, policy: Policy) {
  const say = (text: string) => ({ type: "message" as const, role: "system" as const, text });
  switch (effect.kind) {
    case "announce_handoff":
      return [{ type: "state" as const, state: "waiting_human" as const, reasons: effect.reasons }, say(announcement("handoff", language, policy))];
    case "announce_agent":
      return [{ type: "state" as const, state: "human" as const }, say(announcement("agentJoined", language, policy, { agent: effect.agent }))];
    case "announce_bot_back":
      return [{ type: "state" as const, state: "bot" as const }, say(announcement("botBack", language, policy))];
    case "announce_closed":
      return [{ type: "state" as const, state: "closed" as const }, say(announcement("closed", language, policy))];
    case "new_episode":
      return [];
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
