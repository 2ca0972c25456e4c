// The AI's held-back draft, offered to the agent: send it unchanged, take it into the reply box to edit,
// or put it aside (for this tab; the decision record keeps it either way).
import type { OfferedDraft } from "./current-draft.ts";

interface DraftCardProps {
  draft: OfferedDraft;
  disabled: boolean;
  onSend: () => void;
  onEdit: () => void;
  onDiscard: () => void;
}

export function DraftCard({ draft, disabled, onSend, onEdit, onDiscard }: DraftCardProps) {
  return (
    <section class="draft" aria-labelledby="draft-title">
      <h2 id="draft-title">AI draft</h2>
      {draft.question !== undefined && <p class="muted">For “{draft.question}”</p>}
      <blockquote class="draft-text">{draft.text}</blockquote>
      <div class="buttons">
        <button type="button" class="primary" disabled={disabled} onClick={onSend}>
          Send as is
        </button>
        <button type="button" disabled={disabled} onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
