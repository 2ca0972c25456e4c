// Every decision the bot made in this conversation, newest first: what it decided and why, each check
// with its score against its threshold, the knowledge it relied on, and the draft it would have sent.
import type { ConversationEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import type { CheckResult } from "../../worker/guard/types.ts";
import { discardedLabels, outcomeLabels, reasonLabel } from "../lib/decision-labels.ts";

interface DecisionPanelProps {
  decisions: readonly DecisionRecord[];
  events: readonly ConversationEvent[];
}

export function DecisionPanel({ decisions, events }: DecisionPanelProps) {
  const newestFirst = [...decisions].sort((a, b) => b.seq - a.seq || b.at.localeCompare(a.at));
  return (
    <aside class="decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      {newestFirst.length === 0 && <p class="empty">The bot has not decided on any message yet.</p>}
      {newestFirst.map((decision, index) => (
        <Decision key={decision.id} decision={decision} question={questionOf(events, decision.seq)} open={index === 0} />
      ))}
    </aside>
  );
}

function Decision({ decision, question, open }: { decision: DecisionRecord; question: string | undefined; open: boolean }) {
  const earlier = decision.attempts.slice(0, -1);
  return (
    <details class={`decision ${decision.outcome}`} open={open}>
      <summary>
        <span class="outcome">{outcomeLabels[decision.outcome] ?? decision.outcome}</span>
        <span class="muted">
          {" "}
          · {new Date(decision.at).toLocaleTimeString()} · {decision.latencyMs} ms
        </span>
      </summary>
      {question !== undefined && <p class="question">“{question}”</p>}
      {decision.discarded && <p class="discarded">{discardedLabels[decision.discarded]}</p>}
      {decision.reasons.length > 0 && (
        <ul class="why">
          {decision.reasons.map((reason) => (
            <li key={reason}>{reasonLabel(reason)}</li>
          ))}
          {decision.explanations.map((text) => (
            <li key={text} class="explanation">
              {text}
            </li>
          ))}
        </ul>
      )}
      <h3>Checks</h3>
      <Checks checks={decision.checks} />
      {decision.knowledge.length > 0 && (
        <>
          <h3>Knowledge passages</h3>
          <ol class="passages">
            {decision.knowledge.map((passage) => (
              <li key={passage.id}>
                <span>{passage.title}</span> <span class="score"><span class="sr">score </span>{score(passage.score)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {decision.draft && (
        <>
          <h3>Draft</h3>
          <blockquote class="draft-text">{decision.draft.text}</blockquote>
          <p class="muted">
            {decision.draft.provider}
            {decision.draft.model && ` · ${decision.draft.model}`} · {decision.draft.ms} ms
          </p>
        </>
      )}
      {earlier.map((attempt, index) => (
        <details key={index} class="attempt">
          <summary>Earlier draft {index + 1}, rejected</summary>
          <blockquote class="draft-text">{attempt.draft.text}</blockquote>
          <Checks checks={attempt.checks} />
        </details>
      ))}
      <p class="muted">
        Mode {decision.mode} · language {decision.language}
      </p>
    </details>
  );
}

function Checks({ checks }: { checks: readonly CheckResult[] }) {
  return (
    <ul class="checks">
      {checks.map((check) => (
        <li key={check.id} class={`check ${check.verdict}`}>
          <span class="verdict">{check.verdict}</span>
          <span class="check-id">{check.id}</span>
          {check.verdict !== "skipped" && (
            <span class="score">
              <span class="sr">score </span>
              {score(check.score)} <span class="muted">vs<span class="sr"> threshold</span> {score(check.threshold)}</span>
            </span>
          )}
          <p>{check.reason}</p>
        </li>
      ))}
    </ul>
  );
}

function questionOf(events: readonly ConversationEvent[], seq: number): string | undefined {
  const event = events.find((e) => e.seq === seq);
  return event?.type === "message" ? event.text : undefined;
}

function score(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "–";
}
