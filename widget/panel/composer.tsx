// Where the visitor writes. Enter sends, Shift+Enter starts a new line, and an IME composition in
// progress (Japanese, Chinese…) is never sent by the Enter that confirms it. Before a message leaves,
// prepare-message.ts masks personal data and may ask for a confirmation; the text stays in the box,
// read-only, until that is decided. Near the length limit a counter appears; over it, sending waits.
import type { RefObject } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { MAX_MESSAGE_CHARS } from "../../shared/protocol.ts";
import type { Language } from "../lib/pick-language.ts";
import type { PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";
import { SendArrow } from "./icons.tsx";
import { prepareMessage, type MessageChecks, type PreparedMessage } from "./prepare-message.ts";
import { fill, type Strings } from "./strings.ts";

interface ComposerProps {
  strings: Strings;
  language: Language;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  checks: MessageChecks;
  /** The visitor started writing: a good moment to fetch what sending will need. */
  onWrite: () => void;
  onSend: (text: string, masked: PersonalDataKind[]) => void;
}

type Phase = { name: "writing" } | { name: "checking" } | { name: "unchecked" } | { name: "confirm"; message: Extract<PreparedMessage, { status: "confirm" }> };

const MAX_HEIGHT = 120;
/** The counter shows from here: early enough to plan, late enough not to distract. */
const COUNTER_FROM = Math.floor(MAX_MESSAGE_CHARS * 0.9);

export function Composer({ strings, language, inputRef, checks, onWrite, onSend }: ComposerProps) {
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase>({ name: "writing" });
  const keepButton = useRef<HTMLButtonElement>(null);
  const count = text.trim().length;
  const over = count > MAX_MESSAGE_CHARS;
  const busy = phase.name === "checking";

  // Grows with what is typed, up to a few lines, and shrinks back once the message is sent.
  useLayoutEffect(() => {
    const area = inputRef.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = Math.min(area.scrollHeight, MAX_HEIGHT) + "px";
  }, [text]);

  useLayoutEffect(() => {
    if (phase.name === "confirm") keepButton.current?.focus();
  }, [phase.name]);

  const deliver = (message: string, masked: PersonalDataKind[]) => {
    onSend(message, masked);
    setText("");
    setPhase({ name: "writing" });
  };

  const submit = async () => {
    const message = text.trim();
    if (!message || over || busy) return;
    setPhase({ name: "checking" });
    const prepared = await prepareMessage(message, checks);
    if (prepared.status === "ready") deliver(prepared.text, prepared.masked);
    else if (prepared.status === "confirm") setPhase({ name: "confirm", message: prepared });
    else setPhase({ name: "unchecked" });
  };

  const backToWriting = () => {
    setPhase({ name: "writing" });
    inputRef.current?.focus();
  };

  const described = [count >= COUNTER_FROM && "steward-count", over && "steward-limit", phase.name === "unchecked" && "steward-unchecked"].filter(Boolean).join(" ");
  return (
    <>
      {phase.name === "confirm" && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="steward-confirm-title"
          aria-describedby="steward-confirm-text"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.stopPropagation();
              backToWriting();
            }
          }}
        >
          <h3 id="steward-confirm-title">{strings.confirmTitle}</h3>
          <p id="steward-confirm-text">{phase.message.reason ?? strings.confirmFlagged}</p>
          <div>
            <button type="button" onClick={() => deliver(phase.message.text, phase.message.masked)}>
              {strings.sendAnyway}
            </button>
            <button type="button" ref={keepButton} onClick={backToWriting}>
              {strings.editMessage}
            </button>
          </div>
        </div>
      )}
      {count >= COUNTER_FROM && (
        <p id="steward-count" class={over ? "count over" : "count"}>
          <span aria-hidden="true">{fill("{count} / {max}", language, { count, max: MAX_MESSAGE_CHARS })}</span>
          <span class="sr">{fill(strings.counter, language, { count, max: MAX_MESSAGE_CHARS })}</span>
        </p>
      )}
      {over && (
        <p id="steward-limit" class="limit" role="alert">
          {fill(strings.tooLong, language, { count, max: MAX_MESSAGE_CHARS })}
        </p>
      )}
      {phase.name === "unchecked" && (
        <p id="steward-unchecked" class="limit" role="alert">
          {strings.guardFailed}
        </p>
      )}
      {busy && (
        <p class="checking" role="status">
          {strings.checking}
        </p>
      )}
      <form
        class="composer"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label class="sr" for="steward-input">
          {strings.inputLabel}
        </label>
        <textarea
          id="steward-input"
          ref={inputRef}
          rows={1}
          placeholder={strings.placeholder}
          value={text}
          readOnly={busy || phase.name === "confirm"}
          aria-busy={busy}
          aria-invalid={over}
          aria-describedby={described || undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (phase.name === "unchecked") setPhase({ name: "writing" });
            onWrite();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <button type="submit" aria-label={strings.send} disabled={!text.trim() || over || busy || phase.name === "confirm"}>
          <SendArrow />
        </button>
      </form>
    </>
  );
}
