// The conversation as this browser remembers it between page loads, one record per site in
// localStorage. Storage can be missing or refuse writes (private modes, sandboxed frames, a full
// quota); the widget then still works for the life of the page, it only forgets on reload.
import type { ConversationState } from "../../shared/protocol.ts";
import type { ConversationAccess, Rating } from "../lib/customer-api.ts";
import { emptyLog, trimLog, type EventLog } from "../lib/event-log.ts";
import type { PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";

export interface PendingMessage {
  clientMessageId: string;
  /** Already masked: the original never leaves the page, not even for localStorage. */
  text: string;
  at: string;
  masked?: PersonalDataKind[];
}

export interface SavedConversation {
  access?: ConversationAccess;
  log: EventLog;
  state: ConversationState;
  outbox: PendingMessage[];
  /** What the guard hid in each sent message, by clientMessageId: the server's copy does not say. */
  masked: Record<string, PersonalDataKind[]>;
  /** The customer's rating of each bot answer, by seq. */
  ratings: Record<number, Rating>;
}

export interface ConversationStore {
  load(): SavedConversation;
  save(saved: SavedConversation): void;
  /** Another tab of the same site saved; lets a second tab join the first one's conversation. */
  onExternalChange(listener: (saved: SavedConversation) => void): () => void;
}

/** Enough transcript to render at once on reload; the rest is still on the server. */
const KEPT_EVENTS = 200;

export const freshConversation = (): SavedConversation => ({ log: emptyLog, state: "bot", outbox: [], masked: {}, ratings: {} });

const isRecord = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

function parse(raw: string | null): SavedConversation {
  if (!raw) return freshConversation();
  try {
    const value = JSON.parse(raw) as SavedConversation;
    if (!Array.isArray(value.log?.events) || typeof value.log.through !== "number" || !Array.isArray(value.outbox)) return freshConversation();
    // Records saved by an earlier version of the widget have no notes or ratings yet.
    return { ...value, masked: isRecord(value.masked) ? value.masked : {}, ratings: isRecord(value.ratings) ? value.ratings : {} };
  } catch {
    return freshConversation();
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
        return freshConversation();
      }
    },
    save: (saved) => {
      try {
        storage?.setItem(key, JSON.stringify(keptPart(saved)));
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

/** The latest events, and the notes and ratings of what is still kept. */
function keptPart(saved: SavedConversation): SavedConversation {
  const log = trimLog(saved.log, KEPT_EVENTS);
  const ids = new Set<string>(saved.outbox.map((item) => item.clientMessageId));
  const seqs = new Set<string>();
  for (const event of log.events) {
    seqs.add(String(event.seq));
    if (event.type === "message" && event.clientMessageId) ids.add(event.clientMessageId);
  }
  const keep = <T,>(record: Record<string | number, T>, kept: Set<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => kept.has(key)));
  return { ...saved, log, masked: keep(saved.masked, ids), ratings: keep(saved.ratings, seqs) };
}
