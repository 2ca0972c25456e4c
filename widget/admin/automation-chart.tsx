// The share of replies sent automatically, day by day.
import type { Analytics } from "./admin-api.ts";
import { automationByDay } from "./analytics-view.ts";
import { percent, shortDay } from "./format.ts";
import { LineChart } from "./line-chart.tsx";

export function AutomationChart({ analytics }: { analytics: Analytics }) {
  const days = automationByDay(analytics);
  const measured = days.filter((d) => d.rate !== null);
  const rates = measured.map((d) => d.rate!);
  const summary =
    measured.length === 0
      ? "No replies were decided in this period."
      : `Automation rate on ${measured.length} of ${days.length} days with replies: lowest ${percent(Math.min(...rates))}, highest ${percent(Math.max(...rates))}, ${percent(measured.at(-1)!.rate)} on ${shortDay(measured.at(-1)!.day)}.`;
  return (
    <section class="panel" aria-labelledby="automation-heading">
      <h2 id="automation-heading">Automation rate over time</h2>
      <p class="hint">Replies sent without a person, out of all replies decided that day. Gaps are days without any.</p>
      <LineChart
        id="automation-chart"
        title="Automation rate by day"
        summary={summary}
        points={days.map((d) => ({
          label: shortDay(d.day),
          value: d.rate,
          spoken: d.rate === null ? `${shortDay(d.day)}: no replies` : `${shortDay(d.day)}: ${percent(d.rate)}, ${d.autoSent} of ${d.decisions} sent automatically`,
        }))}
      />
    </section>
  );
}
