// Conversations: the searchable list beside the selected conversation's audit trail.
import { AuditTrail } from "./audit-trail.tsx";
import { ConversationList } from "./conversation-list.tsx";

export function ConversationsPage({ selectedId }: { selectedId: string | null }) {
  return (
    <div class="panes">
      <ConversationList selectedId={selectedId} />
      <main class="main">{selectedId ? <AuditTrail key={selectedId} id={selectedId} /> : <p class="empty">Select a conversation to see its audit trail.</p>}</main>
    </div>
  );
}
