// The open chat: header with the conversation's state, status line, transcript, the always-present
// "talk to a person" action, and the composer. Focus goes to the composer on open; Escape closes.
import { useEffect, useRef } from "preact/hooks";
import type { ChatSession } from "./chat-session.ts";
import { Composer } from "./composer.tsx";
import { StatusBanner } from "./status-banner.tsx";
import type { Strings } from "./strings.ts";
import { Transcript } from "./transcript.tsx";
import { useSnapshot } from "./use-snapshot.ts";

interface ChatPanelProps {
  session: ChatSession;
  strings: Strings;
  language: string;
  greeting?: string;
  open: boolean;
  onClose: () => void;
}

export function ChatPanel({ session, strings, language, greeting, open, onClose }: ChatPanelProps) {
  const snapshot = useSnapshot(session);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  // Once a person is asked for, the action stays visible and focusable but does nothing more:
  // disabling it would drop the keyboard focus of whoever just pressed it.
  const personAsked = snapshot.state === "waiting_human" || snapshot.state === "human";
  return (
    <section
      class="panel"
      role="dialog"
      aria-labelledby="steward-title"
      lang={language}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header class="head">
        <div>
          <h2 id="steward-title">{strings.title}</h2>
          <p>{strings.status[snapshot.state]}</p>
        </div>
        <button type="button" class="icon" aria-label={strings.close} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
      </header>
      <StatusBanner snapshot={snapshot} strings={strings} onRetry={session.retryNow} />
      <Transcript snapshot={snapshot} strings={strings} greeting={greeting} />
      <div class="typing" role="status">
        {snapshot.typing && (
          <span class="dots">
            <i />
            <i />
            <i />
            <span class="sr">{strings.typing}</span>
          </span>
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          class="handoff"
          aria-disabled={personAsked || snapshot.handoffBusy}
          onClick={() => {
            if (!personAsked) void session.requestHuman();
          }}
        >
          {personAsked ? strings.personRequested : strings.talkToPerson}
        </button>
      </div>
      <Composer strings={strings} inputRef={input} onSend={session.send} />
    </section>
  );
}
