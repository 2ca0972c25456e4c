// The order of the inbox: people waiting come first, the longest wait on top; then the conversations an
// agent holds, the bot's, and the closed ones, most recently active first. Live updates arrive one
// conversation at a time and are placed by the same rule, so the list never depends on arrival order.
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationState } from "../../shared/protocol.ts";

export const GROUP_ORDER: readonly ConversationState[] = ["waiting_human", "human", "bot", "closed"];

export interface InboxGroup {
  state: ConversationState;
  conversations: ConversationSummary[];
}

function compare(a: ConversationSummary, b: ConversationSummary): number {
  if (a.state === "waiting_human") {
    // ISO-8601 UTC timestamps sort as strings.
    const byWait = (a.waitingSince ?? a.updatedAt).localeCompare(b.waitingSince ?? b.updatedAt);
    if (byWait !== 0) return byWait;
  }
  return b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

/** Every state's group, in display order, empty groups included so the page layout stays put. */
export function groupConversations(conversations: readonly ConversationSummary[]): InboxGroup[] {
  return GROUP_ORDER.map((state) => ({
    state,
    conversations: conversations.filter((c) => c.state === state).sort(compare),
  }));
}

/**
 * Replaces or adds one conversation. A frame older than the copy already held is ignored: after a
 * reconnect the full list and a late single update can cross.
 */
export function upsertConversation(list: readonly ConversationSummary[], next: ConversationSummary): ConversationSummary[] {
  const index = list.findIndex((c) => c.id === next.id);
  if (index === -1) return [...list, next];
  if (list[index]!.updatedAt > next.updatedAt) return list as ConversationSummary[];
  const copy = [...list];
  copy[index] = next;
  return copy;
}
