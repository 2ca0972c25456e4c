// Where the visitor writes. Enter sends, Shift+Enter starts a new line, and an IME composition in
// progress (Japanese, Chinese…) is never sent by the Enter that confirms it.
import type { RefObject } from "preact";
import { useLayoutEffect, useState } from "preact/hooks";
import { MAX_MESSAGE_CHARS } from "../../shared/protocol.ts";
import type { Strings } from "./strings.ts";

interface ComposerProps {
  strings: Strings;
  inputRef: RefObject<HTMLTextAreaElement>;
  onSend: (text: string) => void;
}

const MAX_HEIGHT = 120;

export function Composer({ strings, inputRef, onSend }: ComposerProps) {
  const [text, setText] = useState("");
  const atLimit = text.length >= MAX_MESSAGE_CHARS;

  // Grows with what is typed, up to a few lines, and shrinks back once the message is sent.
  useLayoutEffect(() => {
    const area = inputRef.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = Math.min(area.scrollHeight, MAX_HEIGHT) + "px";
  }, [text]);

  const submit = () => {
    const message = text.trim();
    if (!message) return;
    onSend(message);
    setText("");
  };

  return (
    <>
      {atLimit && (
        <p id="steward-limit" class="limit">
          {strings.tooLong}
        </p>
      )}
      <form
        class="composer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label class="sr" for="steward-input">
          {strings.inputLabel}
        </label>
        <textarea
          id="steward-input"
          ref={inputRef}
          rows={1}
          maxLength={MAX_MESSAGE_CHARS}
          placeholder={strings.placeholder}
          value={text}
          aria-describedby={atLimit ? "steward-limit" : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <button type="submit" aria-label={strings.send} disabled={!text.trim()}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </form>
    </>
  );
}
