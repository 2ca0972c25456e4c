// The open chat: header with the conversation's state and its two actions (erase, close), status line,
// transcript, the always-present "talk to a person" action, and the composer. Focus goes to the
// composer on open; Escape closes.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Language } from "../lib/pick-language.ts";
import type { PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";
import type { ChatSession } from "./chat-session.ts";
import { Composer } from "./composer.tsx";
import { EraseConfirmation } from "./erase-confirmation.tsx";
import { Cross, Trash } from "./icons.tsx";
import type { MessageChecks } from "./prepare-message.ts";
import { StatusBanner } from "./status-banner.tsx";
import type { Strings } from "./strings.ts";
import { Transcript } from "./transcript.tsx";
import { useSnapshot } from "./use-snapshot.ts";

interface ChatPanelProps {
  session: ChatSession;
  strings: Strings;
  language: Language;
  greeting?: string;
  allowedLinkDomains: readonly string[];
  checks: MessageChecks;
  onWrite: () => void;
  open: boolean;
  onClose: () => void;
}

export function ChatPanel({ session, strings, language, greeting, allowedLinkDomains, checks, onWrite, open, onClose }: ChatPanelProps) {
  const snapshot = useSnapshot(session);
  const input = useRef<HTMLTextAreaElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const [confirmingErase, setConfirmingErase] = useState(false);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  // Once a person is asked for, the action stays visible and focusable but does nothing more:
  // disabling it would drop the keyboard focus of whoever just pressed it.
  const personAsked = snapshot.state === "waiting_human" || snapshot.state === "human";
  const somethingToErase = snapshot.events.length > 0 || snapshot.pending.length > 0;
  const keep = () => {
    setConfirmingErase(false);
    eraseButton.current?.focus();
  };
  const erase = async () => {
    // A failure keeps the question open, so trying again is one press away (the banner says what happened).
    if (!(await session.erase())) return;
    setConfirmingErase(false);
    input.current?.focus();
  };
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
        {somethingToErase && (
          <button type="button" class="icon erase" ref={eraseButton} aria-label={strings.erase} aria-expanded={confirmingErase} onClick={() => setConfirmingErase(true)}>
            <Trash />
          </button>
        )}
        <button type="button" class="icon" aria-label={strings.close} onClick={onClose}>
          <Cross />
        </button>
      </header>
      {confirmingErase && somethingToErase && <EraseConfirmation strings={strings} busy={snapshot.erasing} onErase={erase} onKeep={keep} />}
      <StatusBanner snapshot={snapshot} strings={strings} onRetry={session.retryNow} />
      <Transcript snapshot={snapshot} strings={strings} greeting={greeting} allowedLinkDomains={allowedLinkDomains} onRate={session.rate} />
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
      <Composer
        strings={strings}
        language={language}
        inputRef={input}
        checks={checks}
        onWrite={onWrite}
        onSend={(text: string, masked: PersonalDataKind[]) => session.send(text, masked)}
      />
    </section>
  );
}
