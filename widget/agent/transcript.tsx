// The conversation as the customer lived it, plus the state changes they did not see as such. Texts are
// rendered as text nodes only: nothing a customer writes can add markup to the agent's page.
import { useLayoutEffect, useRef } from "preact/hooks";
import type { ConversationEvent, Role } from "../../shared/protocol.ts";
import type { PendingReply } from "./conversation-session.ts";
import { reasonLabel } from "../lib/decision-labels.ts";

const stateLines = {
  waiting_human: "Handed to a person",
  human: "Taken over by an agent",
  bot: "Back with the bot",
  closed: "Closed",
} as const;

/** Closer than this to the end, the agent is following the conversation and new lines scroll into view. */
const FOLLOW_SLACK = 80;

interface TranscriptProps {
  events: readonly ConversationEvent[];
  sending: readonly PendingReply[];
  typing: boolean;
}

export function Transcript({ events, sending, typing }: TranscriptProps) {
  const log = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  useLayoutEffect(() => {
    const element = log.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [events.length, sending.length, typing]);

  return (
    <>
      <div
        ref={log}
        class="transcript"
        role="log"
        aria-live="polite"
        aria-label="Transcript"
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK;
        }}
      >
        <ol>
        {events.map((event) =>
          event.type === "state" ? (
            <li key={event.seq} class="state-line">
              {stateLines[event.state]}
              {event.reasons && event.reasons.length > 0 && `: ${event.reasons.map(reasonLabel).join(", ")}`}
            </li>
          ) : (
            <li key={event.seq} class={`message ${event.role}`}>
              <span class="meta">
                <span class="author">{authorOf(event.role, event.author)}</span> <time dateTime={event.at}>{clock(event.at)}</time>
              </span>
              <p>{event.text}</p>
            </li>
          ),
        )}
        {sending.map((item) => (
          <li key={item.clientMessageId} class="message agent pending">
            <span class="meta">Sending…</span>
            <p>{item.text}</p>
          </li>
        ))}
        </ol>
      </div>
      <p class="typing" role="status">
        {typing ? "The bot is drafting a reply…" : ""}
      </p>
    </>
  );
}

function authorOf(role: Role, author?: string): string {
  if (role === "agent") return author ?? "Agent";
  return { customer: "Customer", bot: "Bot", system: "Announcement" }[role];
}

function clock(at: string): string {
  return new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
