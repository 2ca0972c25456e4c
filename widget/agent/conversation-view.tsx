// The right side: one conversation with what the agent can do about it — claim it, answer it (or send
// the AI's draft), hand it back to the bot, close it — and, beside it, every decision the bot made.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ConversationSummary } from "../../shared/inbox.ts";
import { newClientMessageId } from "../lib/client-message-id.ts";
import type { AgentApi } from "./agent-api.ts";
import { createConversationSession, type Action } from "./conversation-session.ts";
import { currentDraft } from "./current-draft.ts";
import { DecisionPanel } from "./decision-panel.tsx";
import { DraftCard } from "./draft-card.tsx";
import { ago, elapsed } from "./elapsed.ts";
import { reasonLabel } from "../lib/decision-labels.ts";
import { ReplyBox } from "./reply-box.tsx";
import { stateNames } from "./state-names.ts";
import { useStore } from "./store.ts";
import { Transcript } from "./transcript.tsx";

interface ConversationViewProps {
  api: AgentApi;
  id: string;
  me: string;
  /** The inbox's copy of this conversation, kept live by the inbox socket. */
  listed: ConversationSummary | undefined;
  now: number;
  onSummary: (summary: ConversationSummary) => void;
  onUnauthorized: () => void;
}

export function ConversationView({ api, id, me, listed, now, onSummary, onUnauthorized }: ConversationViewProps) {
  const session = useMemo(() => createConversationSession({ api, id, onSummary, onUnauthorized }), [api, id]);
  useEffect(() => () => session.dispose(), [session]);
  const snapshot = useStore(session.store);
  const [text, setText] = useState("");
  // One id per text: a send that failed and is tried again unchanged is stored once by the server.
  const messageId = useRef<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  // Opening a conversation moves the keyboard (and a screen reader) to it, as following a link would.
  const title = useRef<HTMLHeadingElement>(null);
  const loaded = snapshot.summary !== null;
  useEffect(() => {
    if (loaded) title.current?.focus();
  }, [loaded]);

  const own = snapshot.summary;
  const summary = !own || (listed && listed.updatedAt > own.updatedAt) ? listed : own;
  const events = snapshot.log.events;
  const draft = currentDraft(snapshot.decisions, events, snapshot.dismissed);
  if (!summary) {
    return <p class="empty">{snapshot.error ?? "Loading the conversation…"}</p>;
  }

  const { state, agent } = summary;
  const heldByOther = state === "human" && agent !== null && agent !== me;
  const blocked = state === "closed" ? "This conversation is closed." : heldByOther ? `${agent} is handling this conversation.` : null;
  const explanations = latestEscalation(snapshot.decisions)?.explanations ?? [];

  const sendReply = async () => {
    const body = text.trim();
    if (!body || blocked) return;
    const clientMessageId = (messageId.current ??= newClientMessageId());
    setText("");
    if (await session.reply(clientMessageId, body)) {
      if (messageId.current === clientMessageId) messageId.current = null;
    } else {
      // Not stored: the text comes back with its id, unless the agent has started another message.
      setText((current) => (current === "" ? body : current));
    }
  };

  // The pressed button goes away with the state it belonged to; the focus goes where the work continues.
  const perform = async (action: Action) => {
    if (await session.act(action)) (action === "claim" ? input : title).current?.focus();
  };

  const act = (action: Action, label: string) => (
    <button type="button" class={action === "claim" ? "primary" : undefined} disabled={snapshot.busy !== null} onClick={() => void perform(action)}>
      {snapshot.busy === action ? "…" : label}
    </button>
  );

  return (
    <div class="conversation">
      <section class="thread" aria-labelledby="conversation-title">
        <header class="thread-head">
          <div>
            <h2 id="conversation-title" ref={title} tabIndex={-1}>
              {stateNames[state]}
              {state === "human" && agent && <span class="holder">{agent === me ? "You" : agent}</span>}
            </h2>
            <p class="muted">
              Started {ago(summary.createdAt, now)}
              {state === "waiting_human" && summary.waitingSince && ` · waiting ${elapsed(summary.waitingSince, now)}`}
              {snapshot.live !== "open" && " · reconnecting…"}
            </p>
          </div>
          <div class="buttons" role="group" aria-label="Conversation actions">
            {(state === "waiting_human" || state === "bot") && act("claim", "Claim")}
            {(state === "waiting_human" || (state === "human" && !heldByOther)) && act("release", "Hand back to bot")}
            {state !== "closed" && act("close", "Close")}
          </div>
        </header>
        {state === "waiting_human" && summary.reasons.length > 0 && (
          <ul class="why" aria-label="Why it was handed to a person">
            {summary.reasons.map((reason) => (
              <li key={reason} class="reason">
                {reasonLabel(reason)}
              </li>
            ))}
            {explanations.map((line) => (
              <li key={line} class="explanation">
                {line}
              </li>
            ))}
          </ul>
        )}
        {snapshot.error && (
          <p class="problem" role="alert">
            {snapshot.error}
          </p>
        )}
        <Transcript events={events} sending={snapshot.sending} typing={snapshot.typing} />
        {draft && (
          <DraftCard
            draft={draft}
            disabled={blocked !== null || snapshot.sending.length > 0}
            onSend={() => {
              // The draft's own id: sending it twice by a double click stores it once.
              void session.reply("draft-" + draft.decisionId, draft.text);
            }}
            onEdit={() => {
              setText(draft.text);
              messageId.current = null;
              session.dismissDraft(draft.decisionId);
              input.current?.focus();
            }}
            onDiscard={() => {
              session.dismissDraft(draft.decisionId);
              input.current?.focus();
            }}
          />
        )}
        <ReplyBox
          text={text}
          inputRef={input}
          blocked={blocked}
          onText={(next) => {
            setText(next);
            messageId.current = null;
          }}
          onSend={() => void sendReply()}
        />
      </section>
      <DecisionPanel decisions={snapshot.decisions} events={events} />
    </div>
  );
}

/** The decision that sent the conversation to a person, for its plain-language explanations. */
function latestEscalation<T extends { seq: number; reasons: string[] }>(decisions: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const decision of decisions) if (decision.reasons.length > 0 && (!latest || decision.seq > latest.seq)) latest = decision;
  return latest;
}
