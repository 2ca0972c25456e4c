// "Erase this conversation?" asked in place, under the header. The safe answer has the focus, Escape
// means no, and the focus goes back to the control that asked once it is answered.
import { useLayoutEffect, useRef } from "preact/hooks";
import type { Strings } from "./strings.ts";

interface EraseConfirmationProps {
  strings: Strings;
  busy: boolean;
  onErase: () => void;
  onKeep: () => void;
}

export function EraseConfirmation({ strings, busy, onErase, onKeep }: EraseConfirmationProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm danger"
      role="alertdialog"
      aria-labelledby="steward-erase-title"
      aria-describedby="steward-erase-text"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onKeep();
        }
      }}
    >
      <h3 id="steward-erase-title">{strings.eraseQuestion}</h3>
      <p id="steward-erase-text">{strings.eraseExplained}</p>
      <div>
        <button type="button" class="primary" aria-disabled={busy} onClick={() => !busy && onErase()}>
          {strings.eraseConfirm}
        </button>
        <button type="button" ref={keep} onClick={onKeep}>
          {strings.eraseCancel}
        </button>
      </div>
    </div>
  );
}
