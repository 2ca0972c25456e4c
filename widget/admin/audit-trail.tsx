// One conversation's full audit trail: every message and change of hands, and under each customer message
// the decisions made about it. Texts are rendered as text nodes only, so nothing a customer wrote becomes markup.
import type { MessageEvent, Role } from "../../shared/protocol.ts";
import { auditTimeline } from "./audit-timeline.ts";
import { DecisionRecordView } from "./decision-record.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { reasonLabel } from "../lib/decision-labels.ts";
import { useLoad, useSession } from "./session.ts";
import { stateChanges } from "./state-names.ts";

const authors: Record<Role, string> = { customer: "Customer", bot: "Bot", agent: "Agent", system: "Announcement" };

export function AuditTrail({ id }: { id: string }) {
  const { api } = useSession();
  const audit = useLoad((signal) => api.audit(id, signal), [api, id]);
  if (audit.error) {
    return (
      <p class="problem" role="alert">
        The audit trail could not be loaded: {audit.error}
      </p>
    );
  }
  if (!audit.data) return <p class="empty">Loading the audit trail…</p>;
  const { events, records } = audit.data;
  const { entries, unplaced } = auditTimeline(events, records);
  return (
    <article class="audit" aria-labelledby="audit-title">
      <header class="audit-head">
        <div>
          <h2 id="audit-title">Audit trail</h2>
          <p class="muted mono">{id}</p>
          <p class="muted">
            {plural(events.filter((e) => e.type === "message").length, "message")} · {plural(records.length, "decision")}
          </p>
        </div>
        <span class="muted">Export</span>
        <ExportButtons subject="audit trail" name={`steward-audit-${id}`} fetchExport={(format) => api.auditExport(id, format)} />
      </header>
      {entries.length === 0 && <p class="empty">This conversation has no events.</p>}
      <ol class="timeline">
        {entries.map((entry) =>
          entry.kind === "state" ? (
            <li key={entry.event.seq} class="state-line">
              {stateChanges[entry.event.state]}
              {entry.event.reasons && entry.event.reasons.length > 0 && `: ${entry.event.reasons.map(reasonLabel).join(", ")}`}
            </li>
          ) : (
            <li key={entry.event.seq} class="step">
              <Message event={entry.event} />
              {entry.decisions.map((record) => (
                <DecisionRecordView key={record.id} record={record} />
              ))}
            </li>
          ),
        )}
      </ol>
      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced-title">
          <h3 id="unplaced-title">Decisions on messages no longer in the transcript</h3>
          {unplaced.map((record) => (
            <DecisionRecordView key={record.id} record={record} />
          ))}
        </section>
      )}
    </article>
  );
}

function Message({ event }: { event: MessageEvent }) {
  return (
    <div class={`message ${event.role}`}>
      <span class="meta">
        {event.role === "agent" ? (event.author ?? authors.agent) : authors[event.role]} · <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
      </span>
      <p>{event.text}</p>
    </div>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
