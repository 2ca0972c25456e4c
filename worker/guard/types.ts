// The contract every checkpoint implements, and the shapes the pipeline records.
// Pure types: the guard core imports nothing from Workers, Hono or storage.
import type { Policy } from "./policy.ts";

export type Verdict = "pass" | "block" | "error";
export type Stage = "pre" | "post";

/** A turn of the current episode, oldest first. */
export interface Turn {
  role: "customer" | "bot" | "agent";
  text: string;
  /** Epoch milliseconds, when known (bursts and decay use it). */
  at?: number;
}

/** A knowledge passage the reply may rely on. */
export interface Passage {
  articleId: string;
  title: string;
  text: string;
  /** Retrieval score normalised to 0..1 (1 = best match); 1 when passages are given, not retrieved. */
  score: number;
  language?: string;
}

/** Everything a checkpoint may look at. Post-checks also get `draft`. */
export interface CheckInput {
  /** The customer's latest message. */
  message: string;
  /** Language of `message` (ISO 639-1), detected once by the pipeline. */
  language: string;
  /** Earlier turns of the episode, oldest first, not including `message`. */
  history: Turn[];
  knowledge: Passage[];
  draft?: string;
  /** Language of `draft` when the drafter knows it (see Draft.language); checks detect it otherwise. */
  draftLanguage?: string;
  policy: Policy;
  /** Epoch milliseconds of the decision. */
  now: number;
  /** Attributes the site passed for the customer (plan, country, ...); exclusions may match them. */
  customer?: Record<string, string>;
  channel?: string;
}

/** What a checkpoint decides; the pipeline adds `id` and `ms`. */
export interface Finding {
  verdict: Verdict;
  /** The check's measure, 0..1. Which side of the threshold blocks is the checkpoint's `blocksWhen`. */
  score: number;
  threshold: number;
  /** A short sentence a human agent understands. */
  reason: string;
  /** A block that means "never automate this topic" (a site exclusion) rather than an escalation. */
  outcome?: "excluded";
}

export interface Checkpoint {
  readonly id: string;
  readonly stage: Stage;
  /** Threshold used when the site's policy names none. */
  readonly defaultThreshold: number;
  /** "above": a score at or over the threshold blocks (heat); "below": under it blocks (relevance). */
  readonly blocksWhen: "above" | "below";
  evaluate(input: CheckInput, threshold: number): Finding | Promise<Finding>;
}

/** A finding as recorded: "skipped" when the pipeline did not need to run the check (the reason says why). */
export interface CheckResult extends Omit<Finding, "verdict"> {
  id: string;
  verdict: Verdict | "skipped";
  ms: number;
}
