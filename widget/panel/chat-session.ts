// Everything the panel knows about its conversation and how it stays true: starting the conversation on
// the first send, the offline queue, the live socket with HTTP catch-up, and what to do when the server
// says no; ratings, and erasing the conversation. The components only render snapshots and call the actions.
import type { ConversationEvent, ConversationState } from "../../shared/protocol.ts";
import type { HostEventName } from "../embed/panel-contract.ts";
import { newClientMessageId } from "../lib/client-message-id.ts";
import type { ConversationAccess, CustomerApi, Rating } from "../lib/customer-api.ts";
import { emptyLog, mergeEvents } from "../lib/event-log.ts";
import { ApiError, Unreachable } from "../lib/http.ts";
import { openLiveSocket, type LiveSocket } from "../lib/live-socket.ts";
import { createOutbox, type DeliveryOutcome } from "../lib/outbox.ts";
import type { PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";
import { freshConversation, type ConversationStore, type PendingMessage } from "./saved-conversation.ts";

/** "unreachable": the browser is online but the service does not answer. */
export type Connection = "online" | "offline" | "unreachable";
export type Notice = "handoffFailed" | "unavailable" | "ratingFailed" | "erased" | "eraseFailed";

export interface ChatSnapshot {
  events: readonly ConversationEvent[];
  /** Written here, not yet confirmed by the server (and not already in `events`). */
  pending: readonly PendingMessage[];
  /** Refused by the server for good (not allowed here, invalid); shown as not sent. */
  rejected: readonly PendingMessage[];
  state: ConversationState;
  typing: boolean;
  connection: Connection;
  handoffBusy: boolean;
  /** What the guard hid, by clientMessageId (sent and pending messages alike). */
  masked: Readonly<Record<string, readonly PersonalDataKind[]>>;
  ratings: Readonly<Record<number, Rating>>;
  erasing: boolean;
  notice?: Notice;
}

export interface ChatSessionOptions {
  siteId: string;
  /** Read when the conversation starts: the site's configuration may narrow it after the panel opened. */
  language: () => string;
  api: CustomerApi;
  store: ConversationStore;
  emit: (name: HostEventName, detail: unknown) => void;
}

export interface ChatSession {
  snapshot(): ChatSnapshot;
  subscribe(listener: () => void): () => void;
  /** `text` is already masked; `masked` says what was hidden, to tell the customer. */
  send(text: string, masked?: readonly PersonalDataKind[]): void;
  /** Who the visitor is, as the host page knows it; sent along with their next messages. */
  setCustomer(customer: Record<string, string> | undefined): void;
  requestHuman(): Promise<void>;
  /** Rates a bot answer once; a rating that could not be saved is taken back so it can be given again. */
  rate(seq: number, rating: Rating): Promise<void>;
  /** Erases the conversation on the server, then forgets it here; the next message starts a new one. */
  erase(): Promise<boolean>;
  /** The visitor pressed "try again": skip the remaining backoff of the queue and the socket. */
  retryNow(): void;
  dispose(): void;
}

/** The conversation no longer exists for this token (erased, expired, or storage from another server). */
const isGone = (error: unknown) => error instanceof ApiError && (error.status === 401 || error.status === 404 || error.status === 410);
const isTemporary = (error: ApiError) => error.status === 408 || error.status === 429 || error.status >= 500;

export function createChatSession(options: ChatSessionOptions): ChatSession {
  const { api, store } = options;
  const saved = store.load();
  let access: ConversationAccess | undefined = saved.access;
  let starting: Promise<ConversationAccess> | undefined;
  let log = saved.log;
  let state = saved.state;
  let masked = saved.masked;
  let ratings = saved.ratings;
  /** Counts erasures: an answer to a request made before the last one belongs to a conversation that is gone. */
  let erasures = 0;
  let stateSeq = 0;
  let socket: LiveSocket | undefined;
  let customer: Record<string, string> | undefined;
  const listeners = new Set<() => void>();
  let snapshot: ChatSnapshot = {
    events: log.events,
    pending: saved.outbox,
    rejected: [],
    state,
    typing: false,
    connection: navigator.onLine ? "online" : "offline",
    handoffBusy: false,
    masked,
    ratings,
    erasing: false,
  };

  const update = (patch: Partial<ChatSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    const confirmed = new Set(log.events.map((event) => event.type === "message" && event.clientMessageId));
    snapshot.pending = outbox.items().filter((item) => !confirmed.has(item.clientMessageId));
    for (const listener of listeners) listener();
  };
  const persist = () => store.save({ access, log, state, outbox: [...outbox.items()], masked, ratings });

  const receive = (events: readonly ConversationEvent[]) => {
    const merged = mergeEvents(log, events);
    if (merged.added.length === 0) return;
    log = merged.log;
    let typing = snapshot.typing;
    for (const event of merged.added) {
      if (event.type === "state") {
        // A gap filled late can bring an older state change; only the newest one is the state.
        if (event.seq > stateSeq) {
          stateSeq = event.seq;
          state = event.state;
        }
        if (event.state === "waiting_human") options.emit("handoff", { reasons: event.reasons ?? [] });
      } else {
        if (event.role !== "customer") typing = false;
        options.emit("message", { role: event.role, text: event.text, seq: event.seq, at: event.at });
      }
    }
    persist();
    update({ events: log.events, state, typing });
  };

  const reachable = () => {
    if (snapshot.connection === "online") return;
    update({ connection: "online" });
    outbox.retryNow();
  };
  const unreachable = () => update({ connection: navigator.onLine ? "unreachable" : "offline", typing: false });

  const forgetConversation = () => {
    socket?.close();
    socket = undefined;
    access = undefined;
    log = emptyLog;
    state = "bot";
    stateSeq = 0;
    persist();
    update({ events: log.events, state, typing: false });
  };

  const refused = () => {
    socket?.close();
    socket = undefined;
    update({ notice: "unavailable" });
  };

  const catchUp = async () => {
    const current = access;
    if (!current) return;
    try {
      const events = await api.eventsAfter(current, log.through);
      if (access !== current) return;
      reachable();
      receive(events);
    } catch (error) {
      if (access !== current) return;
      if (error instanceof Unreachable) unreachable();
      else if (isGone(error)) forgetConversation();
      else if (error instanceof ApiError && error.status === 403) refused();
    }
  };

  const connectSocket = () => {
    if (!access || socket) return;
    const current = access;
    socket = openLiveSocket({
      url: () => api.socketUrl(current, log.through),
      onFrame: (frame) => {
        if (frame.type === "events") {
          reachable();
          receive(frame.events);
        } else if (frame.type === "typing") {
          update({ typing: frame.on });
        } else {
          // The server explains itself over HTTP better than in a frame: ask there.
          void catchUp();
        }
      },
      onStatus: (status) => {
        // A WebSocket cannot tell a refused token from a dead network; the HTTP catch-up can, and it
        // also delivers what was missed while the socket waits for its next attempt.
        if (status === "closed") {
          update({ typing: false });
          void catchUp();
        }
      },
    });
  };

  const ensureAccess = (): Promise<ConversationAccess> => {
    if (access) return Promise.resolve(access);
    starting ??= api.startConversation(options.siteId, options.language()).then(
      (started) => {
        starting = undefined;
        access = started;
        persist();
        connectSocket();
        return started;
      },
      (error: unknown) => {
        starting = undefined;
        throw error;
      },
    );
    return starting;
  };

  const deliver = async (item: PendingMessage): Promise<DeliveryOutcome> => {
    let current: ConversationAccess | undefined;
    const erasuresBefore = erasures;
    try {
      current = await ensureAccess();
      const result = await api.sendMessage(current, { clientMessageId: item.clientMessageId, text: item.text, customer });
      if (erasures !== erasuresBefore) return "drop";
      reachable();
      receive(result.reply ? [result.message, result.reply] : [result.message]);
      return "sent";
    } catch (error) {
      if (erasures !== erasuresBefore) return "drop";
      if (error instanceof Unreachable) {
        unreachable();
        return "retry";
      }
      if (!(error instanceof ApiError)) return "retry";
      if (current && isGone(error)) {
        // The message is still ours to deliver: the next attempt starts a new conversation.
        forgetConversation();
        return "retry";
      }
      if (isTemporary(error)) return "retry";
      // 403 (this page's origin is not allowed) or 404 (unknown site) when starting: chat cannot work here.
      if (error.status === 403 || !current) refused();
      update({ rejected: [...snapshot.rejected, item] });
      return "drop";
    }
  };

  const outbox = createOutbox<PendingMessage>({
    items: saved.outbox,
    deliver,
    onChange: () => {
      persist();
      update({});
    },
  });

  const onOnline = () => {
    update({ connection: "online" });
    outbox.retryNow();
    socket?.reconnectNow();
  };
  const onOffline = () => update({ connection: "offline", typing: false });
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);
  const stopWatchingStore = store.onExternalChange((other) => {
    // Another tab started the conversation: join it rather than start a second one.
    if (!access && !starting && other.access) {
      access = other.access;
      connectSocket();
    }
  });

  connectSocket();

  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(text, hidden = []) {
      if (snapshot.notice === "erased") update({ notice: undefined });
      const item: PendingMessage = { clientMessageId: newClientMessageId(), text, at: new Date().toISOString() };
      if (hidden.length > 0) {
        item.masked = [...hidden];
        masked = { ...masked, [item.clientMessageId]: item.masked };
        update({ masked });
      }
      outbox.add(item);
    },
    setCustomer(next) {
      customer = next;
    },
    async requestHuman() {
      if (snapshot.handoffBusy) return;
      update({ handoffBusy: true, notice: undefined });
      try {
        await api.requestHuman(await ensureAccess());
        reachable();
        // The socket brings the announcement too; this makes it appear even while the socket reconnects.
        await catchUp();
        update({ handoffBusy: false });
      } catch (error) {
        if (error instanceof Unreachable) unreachable();
        else if (isGone(error) && access) forgetConversation();
        update({ handoffBusy: false, notice: error instanceof ApiError && error.status === 403 ? "unavailable" : "handoffFailed" });
      }
    },
    async rate(seq, rating) {
      if (!access || ratings[seq]) return;
      const current = access;
      ratings = { ...ratings, [seq]: rating };
      persist();
      update({ ratings, notice: undefined });
      try {
        await api.rate(current, seq, rating);
        reachable();
      } catch (error) {
        if (access !== current) return;
        if (error instanceof Unreachable) unreachable();
        const { [seq]: _taken, ...rest } = ratings;
        ratings = rest;
        persist();
        update({ ratings, notice: "ratingFailed" });
      }
    },
    async erase() {
      if (snapshot.erasing) return false;
      update({ erasing: true, notice: undefined });
      const current = access ?? (await starting?.catch(() => undefined));
      try {
        if (current) await api.erase(current);
      } catch (error) {
        // Already gone on the server (erased from another tab, expired): forgetting it here is all that is left.
        if (!isGone(error)) {
          if (error instanceof Unreachable) unreachable();
          update({ erasing: false, notice: "eraseFailed" });
          return false;
        }
      }
      erasures++;
      outbox.clear();
      forgetConversation();
      ({ masked, ratings } = freshConversation());
      persist();
      update({ masked, ratings, rejected: [], erasing: false, notice: "erased" });
      return true;
    },
    retryNow() {
      outbox.retryNow();
      if (socket) socket.reconnectNow();
      else connectSocket();
    },
    dispose() {
      socket?.close();
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      stopWatchingStore();
    },
  };
}
