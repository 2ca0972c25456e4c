// Why conversations went to a person, in plain language, most frequent first.
import type { Counts } from "./admin-api.ts";
import { ranked } from "./analytics-view.ts";
import { BarChart } from "./bar-chart.tsx";
import { reasonLabel } from "../lib/decision-labels.ts";

export function EscalationChart({ totals }: { totals: Counts }) {
  const reasons = ranked(totals.escalationsByReason);
  return (
    <section class="panel" aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">Escalations by reason</h2>
      {reasons.length === 0 ? (
        <p class="empty">No escalations in this period.</p>
      ) : (
        <BarChart
          id="escalation-chart"
          title="Escalations by reason"
          bars={reasons.map(([id, count]) => ({ key: id, label: reasonLabel(id), value: count, shown: String(count) }))}
        />
      )}
    </section>
  );
}
