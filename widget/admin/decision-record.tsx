// One decision record in full: the outcome and why, every check with its verdict, score against threshold
// and reason, the knowledge passages with their scores, the draft, earlier rejected drafts, and the time taken.
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import type { CheckResult } from "../../worker/guard/types.ts";
import { fixed, milliseconds } from "./format.ts";
import { discardedLabels, outcomeLabels, reasonLabel } from "../lib/decision-labels.ts";

export function DecisionRecordView({ record }: { record: DecisionRecord }) {
  const earlier = record.attempts.slice(0, -1);
  const titleId = `decision-${record.id}`;
  return (
    <article class={`decision ${record.outcome}`} aria-labelledby={titleId}>
      <header>
        <h3 id={titleId} class="outcome">
          {outcomeLabels[record.outcome] ?? record.outcome}
        </h3>
        <span class="muted">
          <time dateTime={record.at}>{new Date(record.at).toLocaleTimeString()}</time> · decided in {milliseconds(record.latencyMs)} · mode {record.mode} · language {record.language}
        </span>
      </header>
      {record.discarded && <p class="discarded">{discardedLabels[record.discarded]}</p>}
      {record.reasons.length > 0 && (
        <ul class="why">
          {record.reasons.map((reason) => (
            <li key={reason} class="reason">
              {reasonLabel(reason)}
            </li>
          ))}
          {record.explanations.map((text) => (
            <li key={text} class="explanation">
              {text}
            </li>
          ))}
        </ul>
      )}
      <ChecksTable checks={record.checks} caption="Checks" />
      {record.knowledge.length > 0 && (
        <table class="passages">
          <caption>Knowledge passages</caption>
          <thead>
            <tr>
              <th scope="col">Passage</th>
              <th scope="col">Article</th>
              <th scope="col" class="num">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {record.knowledge.map((passage) => (
              <tr key={passage.id}>
                <td>{passage.title}</td>
                <td class="mono">{passage.id}</td>
                <td class="num">{fixed(passage.score, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {record.draft ? (
        <div class="draft">
          <h4>Draft</h4>
          <blockquote class="draft-text">{record.draft.text}</blockquote>
          <p class="muted">
            {record.draft.provider}
            {record.draft.model && ` · ${record.draft.model}`} · {milliseconds(record.draft.ms)}
          </p>
        </div>
      ) : (
        <p class="muted">No draft was written for this message.</p>
      )}
      {earlier.map((attempt, index) => (
        <details key={index} class="attempt">
          <summary>Earlier draft {index + 1}, rejected</summary>
          <blockquote class="draft-text">{attempt.draft.text}</blockquote>
          <ChecksTable checks={attempt.checks} caption={`Checks of earlier draft ${index + 1}`} />
        </details>
      ))}
    </article>
  );
}

function ChecksTable({ checks, caption }: { checks: readonly CheckResult[]; caption: string }) {
  return (
    <table class="checks">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Verdict</th>
          <th scope="col" class="num">
            Score
          </th>
          <th scope="col" class="num">
            Threshold
          </th>
          <th scope="col">Reason</th>
          <th scope="col" class="num">
            Time
          </th>
        </tr>
      </thead>
      <tbody>
        {checks.map((check) => {
          const ran = check.verdict !== "skipped";
          return (
            <tr key={check.id} class={`check ${check.verdict}`}>
              <th scope="row" class="mono">
                {check.id}
              </th>
              <td>
                <span class="verdict">{check.verdict}</span>
              </td>
              <td class="num">{ran ? fixed(check.score, 2) : "–"}</td>
              <td class="num">{ran ? fixed(check.threshold, 2) : "–"}</td>
              <td>{check.reason}</td>
              <td class="num">{ran ? milliseconds(check.ms) : "–"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
