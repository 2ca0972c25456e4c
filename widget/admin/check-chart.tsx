// How often each checkpoint stopped an automatic reply. The scale is always 0-100%, so a check that
// blocks rarely looks rare, whatever the others do.
import type { CheckRate } from "./admin-api.ts";
import { BarChart } from "./bar-chart.tsx";
import { percent } from "./format.ts";
import { reasonLabel } from "../lib/decision-labels.ts";

export function CheckChart({ checks }: { checks: Record<string, CheckRate> }) {
  const rows = Object.entries(checks)
    .filter(([, rate]) => rate.runs > 0)
    .sort(([a, x], [b, y]) => y.blockRate - x.blockRate || a.localeCompare(b));
  return (
    <section class="panel" aria-labelledby="check-heading">
      <h2 id="check-heading">Checkpoint block rates</h2>
      <p class="hint">Share of its runs in which each check kept a reply from being sent.</p>
      {rows.length === 0 ? (
        <p class="empty">No checks ran in this period.</p>
      ) : (
        <BarChart
          id="check-chart"
          title="Block rate by checkpoint"
          max={1}
          bars={rows.map(([id, rate]) => ({
            key: id,
            label: reasonLabel(id),
            value: rate.blockRate,
            shown: `${percent(rate.blockRate)} · ${rate.blocks} of ${rate.runs}`,
            detail: `The ${id} check blocked ${rate.blocks} of its ${rate.runs} runs.`,
          }))}
        />
      )}
    </section>
  );
}
