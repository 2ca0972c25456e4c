// Where the agent writes. Enter sends, Shift+Enter starts a new line, and the Enter that confirms an IME
// composition is never taken for a send.
import type { Ref } from "preact";
import { MAX_MESSAGE_CHARS } from "../../shared/protocol.ts";

interface ReplyBoxProps {
  text: string;
  inputRef: Ref<HTMLTextAreaElement>;
  /** Why the agent cannot reply here, if so; the box is then disabled and says why. */
  blocked: string | null;
  onText: (text: string) => void;
  onSend: () => void;
}

export function ReplyBox({ text, inputRef, blocked, onText, onSend }: ReplyBoxProps) {
  return (
    <form
      class="reply"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      <label for="reply-text">Reply to the customer</label>
      <div class="reply-row">
        <textarea
          id="reply-text"
          ref={inputRef}
          rows={3}
          maxLength={MAX_MESSAGE_CHARS}
          value={text}
          disabled={blocked !== null}
          aria-describedby="reply-hint"
          onInput={(event) => onText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              onSend();
            }
          }}
        />
        <button type="submit" class="primary" disabled={blocked !== null || !text.trim()}>
          Send
        </button>
      </div>
      <p id="reply-hint" class="hint">
        {blocked ?? "Enter sends, Shift+Enter starts a new line. Replying takes the conversation over from the bot."}
      </p>
    </form>
  );
}
