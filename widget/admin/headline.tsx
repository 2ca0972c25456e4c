// The period at a glance: five numbers an owner checks first, each with the count behind it.
import type { Counts } from "./admin-api.ts";
import { decisionCount, ranked } from "./analytics-view.ts";
import { approval, duration, percent } from "./format.ts";
import { reasonLabel } from "../lib/decision-labels.ts";

export function Headline({ totals }: { totals: Counts }) {
  const decisions = decisionCount(totals);
  const reasons = ranked(totals.escalationsByReason);
  const { up, down } = totals.ratings;
  const liked = approval(totals.ratings);
  return (
    <dl class="headline">
      <Figure name="Conversations" value={String(totals.conversations)} note={`${totals.customerMessages} customer messages`} />
      <Figure name="Automation rate" value={percent(decisions > 0 ? totals.automationRate : null)} note={`${totals.autoSent} of ${decisions} replies sent automatically`} />
      <Figure name="Escalations" value={String(totals.escalations)} note={reasons[0] ? `Most often: ${reasonLabel(reasons[0][0])}` : "None in this period"} />
      <Figure name="Median first human reply" value={duration(totals.medianFirstHumanReplySeconds)} note={totals.medianFirstHumanReplySeconds === null ? "No human replies yet" : "From handoff to an agent's answer"} />
      <Figure name="Ratings" value={liked === null ? "–" : `${percent(liked)} positive`} note={`${up} thumbs up · ${down} thumbs down`} />
    </dl>
  );
}

function Figure({ name, value, note }: { name: string; value: string; note: string }) {
  return (
    <div class="figure">
      <dt>{name}</dt>
      <dd class="value">{value}</dd>
      <dd class="note">{note}</dd>
    </div>
  );
}
