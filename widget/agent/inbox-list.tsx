// The left pane: conversations grouped by state, people waiting first. Each entry is a link, so the list
// is walked with Tab and opened with Enter like any page, and a conversation can be opened in a new tab.
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { Role } from "../../shared/protocol.ts";
import { ago, elapsed } from "./elapsed.ts";
import { groupConversations } from "./inbox-order.ts";
import { reasonLabel } from "../lib/decision-labels.ts";
import { stateNames } from "./state-names.ts";

/** Who wrote the last line, when it was not the customer: the list shows where each conversation stands. */
const previewPrefix: Record<Role, string> = { customer: "", bot: "Bot: ", agent: "Agent: ", system: "" };

interface InboxListProps {
  conversations: readonly ConversationSummary[];
  loaded: boolean;
  selectedId: string | null;
  me: string;
  now: number;
  hrefOf: (id: string) => string;
}

export function InboxList({ conversations, loaded, selectedId, me, now, hrefOf }: InboxListProps) {
  if (!loaded) return <p class="empty">Loading conversations…</p>;
  return (
    <>
      {groupConversations(conversations).map(({ state, conversations: group }) => (
        <section key={state} class={`group ${state}`} aria-labelledby={`group-${state}`}>
          <h2 id={`group-${state}`}>
            {stateNames[state]} <span class="count">{group.length}</span>
          </h2>
          {group.length === 0 ? (
            <p class="empty">None</p>
          ) : (
            <ul>
              {group.map((conversation) => (
                <li key={conversation.id}>
                  <a
                    class="entry"
                    href={hrefOf(conversation.id)}
                    aria-current={conversation.id === selectedId ? "page" : undefined}
                  >
                    <Entry conversation={conversation} me={me} now={now} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function Entry({ conversation, me, now }: { conversation: ConversationSummary; me: string; now: number }) {
  const { state, waitingSince, lastMessage, agent } = conversation;
  const when = state === "waiting_human" && waitingSince ? `waiting ${elapsed(waitingSince, now)}` : ago(conversation.updatedAt, now);
  const preview = lastMessage ? previewPrefix[lastMessage.role] + lastMessage.text : "No messages yet";
  return (
    <>
      <span class="line">
        <span class="preview">{preview}</span>
        <span class={state === "waiting_human" ? "when waiting" : "when"}>{when}</span>
      </span>
      {state === "human" && agent && <span class="holder">{agent === me ? "You" : agent}</span>}
      {state === "waiting_human" && conversation.reasons.length > 0 && (
        <span class="reasons">
          {conversation.reasons.map((reason) => (
            <span key={reason} class="reason">
              {reasonLabel(reason)}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
