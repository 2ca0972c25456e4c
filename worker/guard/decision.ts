// The decision record: what was decided about one customer message, and every reason why (DESIGN.md).
import type { CheckResult } from "./types.ts";

export type Outcome = "auto_sent" | "suggested" | "escalated" | "excluded" | "shadow";

export interface DraftRecord {
  text: string;
  provider: string;
  model: string;
  ms: number;
}

export interface KnowledgeRef {
  id: string;
  title: string;
  score: number;
}

/** One drafting attempt and the post-checks it went through. */
export interface Attempt {
  draft: DraftRecord;
  checks: CheckResult[];
}

/** What the pure pipeline decides; the conversation adds ids, seq, state and time to make the record. */
export interface Decision {
  mode: string;
  language: string;
  outcome: Outcome;
  autoSent: boolean;
  /** Ids of the checks (or pipeline steps such as "no_answer") that kept the reply from being sent. */
  reasons: string[];
  /** Plain-language reasons for the agent, one per blocking check. */
  explanations: string[];
  checks: CheckResult[];
  knowledge: KnowledgeRef[];
  draft?: DraftRecord;
  attempts: Attempt[];
  latencyMs: number;
}

export interface DecisionRecord extends Decision {
  id: string;
  siteId: string;
  conversationId: string;
  /** Seq of the customer message decided on. */
  seq: number;
  at: string;
  state: string;
  /** Set when the reply was ready but the conversation moved on (a newer message, a human took over). */
  discarded?: "stale" | "human_took_over";
}
