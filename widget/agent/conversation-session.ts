// One open conversation: its transcript (kept live by its socket, resumed after the last seq held), its
// decision records, and the agent's actions on it. Decision records have no socket of their own; they are
// fetched again whenever the transcript moves for a reason other than an agent's reply, because every
// decision the bot makes is followed by an event (its reply or a handoff) or ends in a discarded draft
// recorded next to a customer message.
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationEvent, ServerFrame } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import { emptyLog, mergeEvents, type EventLog } from "../lib/event-log.ts";
import { ApiError, Unreachable } from "../lib/http.ts";
import { openLiveSocket, type SocketStatus } from "../lib/live-socket.ts";
import type { AgentApi } from "./agent-api.ts";
import { createStore, type Store } from "./store.ts";

export type Action = "claim" | "release" | "close";

export interface PendingReply {
  clientMessageId: string;
  text: string;
}

export interface ConversationSnapshot {
  summary: ConversationSummary | null;
  log: EventLog;
  decisions: DecisionRecord[];
  /** The bot is drafting a reply right now. */
  typing: boolean;
  live: SocketStatus;
  /** Replies sent and not yet confirmed by the server. */
  sending: PendingReply[];
  busy: Action | null;
  /** Why the last action or load failed, in words for the agent; cleared by the next success. */
  error: string | null;
  /** Drafts the agent chose not to use, by decision id. */
  dismissed: ReadonlySet<string>;
}

export interface ConversationSession {
  store: Store<ConversationSnapshot>;
  /** Resolves true when the server accepted the action. */
  act(action: Action): Promise<boolean>;
  /** Resolves false when the reply was not stored; the caller keeps the text (and its id) for a retry. */
  reply(clientMessageId: string, text: string): Promise<boolean>;
  dismissDraft(decisionId: string): void;
  dispose(): void;
}

export interface ConversationSessionOptions {
  api: AgentApi;
  id: string;
  /** Summaries this session learns of (its load, its actions' answers), for the inbox list. */
  onSummary: (summary: ConversationSummary) => void;
  onUnauthorized: () => void;
}

const REFRESH_DELAY = 250;

export function createConversationSession(options: ConversationSessionOptions): ConversationSession {
  const { api, id } = options;
  const dismissedKey = "steward.agent.dismissed." + id;
  const store = createStore<ConversationSnapshot>({
    summary: null,
    log: emptyLog,
    decisions: [],
    typing: false,
    live: "connecting",
    sending: [],
    busy: null,
    error: null,
    dismissed: readDismissed(dismissedKey),
  });
  let disposed = false;
  let socket: ReturnType<typeof openLiveSocket> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const fail = (error: unknown) => {
    if (disposed) return;
    if (error instanceof ApiError && error.status === 401) options.onUnauthorized();
    store.set({ error: describe(error) });
  };

  const merge = (events: readonly ConversationEvent[]) => {
    const { log, added } = mergeEvents(store.get().log, events);
    if (added.length > 0) store.set({ log });
    return added;
  };

  const load = async () => {
    try {
      const detail = await api.conversation(id);
      if (disposed) return;
      merge(detail.events);
      store.set({ summary: detail.conversation, decisions: detail.decisions });
      options.onSummary(detail.conversation);
    } catch (error) {
      fail(error);
    }
  };

  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(load, REFRESH_DELAY);
  };

  const onFrame = (frame: ServerFrame) => {
    if (frame.type === "typing") store.set({ typing: frame.on });
    else if (frame.type === "events") {
      const added = merge(frame.events);
      if (added.some((event) => !(event.type === "message" && event.role === "agent"))) refreshSoon();
    }
  };

  const start = async () => {
    await load();
    if (disposed) return;
    let dropped = false;
    socket = openLiveSocket({
      // Every (re)connection resumes after the last event held without a gap.
      url: () => api.conversationSocketUrl(id, store.get().log.through),
      onFrame,
      onStatus: (live) => {
        // Decisions made while the socket was down left no trace in the resumed transcript if discarded.
        if (live === "open" && dropped) refreshSoon();
        if (live === "closed") dropped = true;
        store.set({ live, typing: live === "open" && store.get().typing });
      },
    });
  };
  void start();

  const applySummary = (summary: ConversationSummary) => {
    store.set({ summary });
    options.onSummary(summary);
  };

  return {
    store,
    async act(action) {
      if (store.get().busy) return false;
      store.set({ busy: action, error: null });
      try {
        const summary = await (action === "claim" ? api.claim(id) : action === "release" ? api.release(id) : api.close(id));
        if (!disposed) applySummary(summary);
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        store.set({ busy: null });
      }
    },
    async reply(clientMessageId, text) {
      const pending = { clientMessageId, text };
      store.set({ sending: [...store.get().sending, pending], error: null });
      try {
        const message = await api.reply(id, clientMessageId, text);
        merge([message]);
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        store.set({ sending: store.get().sending.filter((item) => item !== pending) });
      }
    },
    dismissDraft(decisionId) {
      const dismissed = new Set(store.get().dismissed).add(decisionId);
      sessionStorage.setItem(dismissedKey, JSON.stringify([...dismissed]));
      store.set({ dismissed });
    },
    dispose() {
      disposed = true;
      clearTimeout(refreshTimer);
      socket?.close();
    },
  };
}

function readDismissed(key: string): Set<string> {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(key) ?? "[]");
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : []);
  } catch {
    return new Set();
  }
}

function describe(error: unknown): string {
  if (error instanceof Unreachable) return "Steward could not be reached. Check the connection and try again.";
  if (error instanceof ApiError) {
    if (error.status === 401) return "Your agent token was refused. Sign in again.";
    return error.message;
  }
  return "Something went wrong in the inbox.";
}
