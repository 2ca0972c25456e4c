// The site's conversations, kept true by the inbox socket: the first frame after every (re)connection is
// the whole list, then one frame per change. Nothing polls; a dropped socket comes back with backoff
// (widget/lib/live-socket.ts) and its first frame repairs whatever was missed meanwhile.
import type { ConversationSummary, InboxFrame } from "../../shared/inbox.ts";
import type { ServerFrame } from "../../shared/protocol.ts";
import { openLiveSocket, type SocketStatus } from "../lib/live-socket.ts";
import type { AgentApi } from "./agent-api.ts";
import { upsertConversation } from "./inbox-order.ts";
import { reasonLabel } from "../lib/decision-labels.ts";
import { createStore, type Store } from "./store.ts";

export interface InboxSnapshot {
  conversations: ConversationSummary[];
  /** False until the first list (HTTP or socket) arrived. */
  loaded: boolean;
  live: SocketStatus;
  /** The last arrival worth saying out loud (screen readers), e.g. a new conversation waiting. */
  announcement: string;
}

export interface InboxSession {
  store: Store<InboxSnapshot>;
  /** An action's answer, applied at once rather than waiting for the socket to echo it. */
  apply(summary: ConversationSummary): void;
  dispose(): void;
}

export function createInboxSession(api: AgentApi, options: { initial?: ConversationSummary[]; onFailure: (error: unknown) => void }): InboxSession {
  const store = createStore<InboxSnapshot>({
    conversations: options.initial ?? [],
    loaded: options.initial !== undefined,
    live: "connecting",
    announcement: "",
  });

  const update = (summary: ConversationSummary) => {
    const { conversations } = store.get();
    const before = conversations.find((c) => c.id === summary.id);
    const next = upsertConversation(conversations, summary);
    if (next === conversations) return;
    const newlyWaiting = summary.state === "waiting_human" && before?.state !== "waiting_human";
    store.set({
      conversations: next,
      announcement: newlyWaiting
        ? `New conversation waiting: ${summary.reasons.map(reasonLabel).join(", ") || "no reason given"}.`
        : store.get().announcement,
    });
  };

  const onFrame = (frame: InboxFrame) => {
    if (frame.type === "conversations") store.set({ conversations: frame.conversations, loaded: true });
    else if (frame.type === "conversation") update(frame.conversation);
  };

  if (options.initial === undefined) {
    api.listConversations().then(
      (conversations) => {
        if (!store.get().loaded) store.set({ conversations, loaded: true });
      },
      options.onFailure,
    );
  }

  const socket = openLiveSocket({
    url: api.inboxSocketUrl,
    // The inbox socket speaks InboxFrame; the shared socket client is typed for the transcript's frames.
    onFrame: (frame: ServerFrame | InboxFrame) => onFrame(frame as InboxFrame),
    onStatus: (live) => store.set({ live }),
  });

  return {
    store,
    apply: update,
    dispose: () => socket.close(),
  };
}
