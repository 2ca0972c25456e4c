// Searchable list of the site's conversations. The search runs on the server (ids, states, reasons, last
// message) a moment after typing stops; each result is a link, so it opens with Enter or in a new tab.
import { useEffect, useState } from "preact/hooks";
import type { ListedConversation } from "./admin-api.ts";
import { reasonLabel } from "../lib/decision-labels.ts";
import { conversationHref } from "./route.ts";
import { useLoad, useSession } from "./session.ts";
import { stateNames } from "./state-names.ts";

/** Long enough not to query on every keystroke, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

export function ConversationList({ selectedId }: { selectedId: string | null }) {
  const { api } = useSession();
  const [typed, setTyped] = useState("");
  const query = useSettled(typed.trim(), TYPING_PAUSE_MS);
  const found = useLoad((signal) => api.conversations(query, signal), [api, query]);
  // Results of an earlier query under a failed one would answer a question nobody asked.
  const conversations = found.error ? [] : (found.data ?? []);
  return (
    <nav class="list" aria-label="Conversations">
      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="conversation-search">Search conversations</label>
        <input id="conversation-search" type="search" value={typed} placeholder="Id, state, reason or text" onInput={(e) => setTyped(e.currentTarget.value)} />
      </form>
      <p class="muted count" role="status">
        {found.loading ? "Searching…" : found.error ? "" : `${conversations.length} ${conversations.length === 1 ? "conversation" : "conversations"}${query ? ` matching “${query}”` : ""}`}
      </p>
      {found.error && (
        <p class="problem" role="alert">
          {found.error}
        </p>
      )}
      <ul>
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <a class="entry" href={conversationHref(conversation.id)} aria-current={conversation.id === selectedId ? "page" : undefined}>
              <Entry conversation={conversation} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Entry({ conversation }: { conversation: ListedConversation }) {
  const { lastMessage } = conversation;
  return (
    <>
      <span class="line">
        <span class="preview">{lastMessage ? lastMessage.text : "No messages yet"}</span>
        <time class="when" dateTime={conversation.updatedAt}>
          {new Date(conversation.updatedAt).toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
        </time>
      </span>
      <span class="reasons">
        <span class={`state ${conversation.state}`}>{stateNames[conversation.state] ?? conversation.state}</span>
        {conversation.agent && <span class="holder">{conversation.agent}</span>}
        {conversation.reasons.map((reason) => (
          <span key={reason} class="reason">
            {reasonLabel(reason)}
          </span>
        ))}
      </span>
    </>
  );
}

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
