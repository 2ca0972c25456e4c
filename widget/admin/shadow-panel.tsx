// Shadow mode: every check runs and nothing is sent. This panel answers the question an owner has before
// switching automation on: what would have gone out by itself, and why would the rest not have.
import type { Mode, ShadowReport } from "./admin-api.ts";
import { ranked } from "./analytics-view.ts";
import { BarChart } from "./bar-chart.tsx";
import type { DateRange } from "./date-range.ts";
import { percent } from "./format.ts";
import { reasonLabel } from "../lib/decision-labels.ts";
import { conversationHref } from "./route.ts";
import { useLoad, useSession } from "./session.ts";

export function ShadowPanel({ range, mode }: { range: DateRange; mode: Mode | undefined }) {
  const { api } = useSession();
  const report = useLoad((signal) => api.shadow(range, signal), [api, range.from, range.to]);
  return (
    <section class="panel shadow" aria-labelledby="shadow-heading" aria-busy={report.loading}>
      <h2 id="shadow-heading">Shadow mode</h2>
      <p class="hint">
        {mode === "shadow"
          ? "This site is in shadow mode: every check runs, nothing is sent, and each reply that would have gone out is recorded."
          : `This site is in ${mode ?? "…"} mode. This report covers the messages decided while it was in shadow mode.`}
      </p>
      {report.error && (
        <p class="problem" role="alert">
          {report.error}
        </p>
      )}
      {report.data && <Report report={report.data} />}
    </section>
  );
}

function Report({ report }: { report: ShadowReport }) {
  if (report.decisions === 0) return <p class="empty">No message was decided in shadow mode in this period.</p>;
  const blocked = ranked(report.blockedByReason);
  return (
    <>
      <dl class="headline compact">
        <div class="figure">
          <dt>Decided in shadow mode</dt>
          <dd class="value">{report.decisions}</dd>
        </div>
        <div class="figure">
          <dt>Would have been sent</dt>
          <dd class="value">{report.wouldAutoSend}</dd>
          <dd class="note">{percent(report.wouldAutoSend / report.decisions)} of them</dd>
        </div>
      </dl>
      {blocked.length > 0 && (
        <BarChart
          id="shadow-chart"
          title="Why the other replies would not have been sent"
          bars={blocked.map(([id, count]) => ({ key: id, label: reasonLabel(id), value: count, shown: String(count) }))}
        />
      )}
      {report.examples.length > 0 && (
        <>
          <h3>Examples</h3>
          <ul class="examples">
            {report.examples.map((example) => (
              <li key={`${example.conversationId}:${example.seq}`} class={example.reasons.length === 0 ? "would-send" : "would-hold"}>
                <p>
                  <strong>{example.reasons.length === 0 ? "Would have been sent" : "Would not have been sent: " + example.reasons.map(reasonLabel).join(", ")}</strong>{" "}
                  <a href={conversationHref(example.conversationId)}>open the audit trail</a>
                </p>
                {example.draft && <blockquote class="draft-text">{example.draft}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
