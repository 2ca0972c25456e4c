// The conversation as this browser remembers it between page loads, one record per site in
// localStorage. Storage can be missing or refuse writes (private modes, sandboxed frames, a full
// quota); the widget then still works for the life of the page, it only forgets on reload.
import type { ConversationState } from "../../shared/protocol.ts";
import type { ConversationAccess } from "../lib/customer-api.ts";
import { emptyLog, trimLog, type EventLog } from "../lib/event-log.ts";

export interface PendingMessage {
  clientMessageId: string;
  text: string;
  at: string;
}

export interface SavedConversation {
  access?: ConversationAccess;
  log: EventLog;
  state: ConversationState;
  outbox: PendingMessage[];
}

export interface ConversationStore {
  load(): SavedConversation;
  save(saved: SavedConversation): void;
  /** Another tab of the same site saved; lets a second tab join the first one's conversation. */
  onExternalChange(listener: (saved: SavedConversation) => void): () => void;
}

/** Enough transcript to render at once on reload; the rest is still on the server. */
const KEPT_EVENTS = 200;

const fresh = (): SavedConversation => ({ log: emptyLog, state: "bot", outbox: [] });

function parse(raw: string | null): SavedConversation {
  if (!raw) return fresh();
  try {
    const value = JSON.parse(raw) as SavedConversation;
    if (!Array.isArray(value.log?.events) || typeof value.log.through !== "number" || !Array.isArray(value.outbox)) return fresh();
    return value;
  } catch {
    return fresh();
  }
}

export function localConversationStore(siteId: string): ConversationStore {
  const key = "steward:" + siteId;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  return {
    load: () => {
      try {
        return parse(storage?.getItem(key) ?? null);
      } catch {
        return fresh();
      }
    },
    save: (saved) => {
      try {
        storage?.setItem(key, JSON.stringify({ ...saved, log: trimLog(saved.log, KEPT_EVENTS) }));
      } catch {
        // Quota or a locked storage: the page keeps working from memory.
      }
    },
    onExternalChange: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key && event.newValue) listener(parse(event.newValue));
      };
      window.addEventListener("storage", onStorage);
      return () => window.removeEventListener("storage", onStorage);
    },
  };
}
