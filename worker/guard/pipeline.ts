// The decision pipeline: pre-checks on the customer's message, then a draft, then post-checks on the draft,
// then the outcome the site's mode allows. Fails closed: any error or time-out blocks the automatic reply.
// It reads what each checkpoint declares (stage, verdict, outcome) and never branches on a checkpoint's name.
import { checkpoints as registry } from "./checks/index.ts";
import type { Attempt, Decision, DraftRecord, KnowledgeRef, Outcome } from "./decision.ts";
import type { Policy } from "./policy.ts";
import { runCheck, thresholdFor } from "./run-check.ts";
import type { CheckInput, CheckResult, Checkpoint, Passage, Turn } from "./types.ts";

/** The side effects the pipeline needs, given by the caller (the Durable Object, a test, the simulator). */
export interface Drafter {
  retrieve(message: string, language: string): Promise<Passage[]>;
  /** A draft from the passages; an empty text means the knowledge has no answer. May throw. */
  draft(request: { message: string; language: string; history: Turn[]; passages: Passage[]; feedback: string[] }): Promise<
    DraftRecord & { passages?: KnowledgeRef[]; language?: string }
  >;
  /** Whether asking again with the reasons can help (a model can; the extractive default cannot). */
  readonly canRetry: boolean;
}

export interface TurnInput {
  message: string;
  language: string;
  history: Turn[];
  policy: Policy;
  now: number;
  customer?: Record<string, string>;
  channel?: string;
}

/** Steps of the pipeline that block without being a checkpoint, with what an agent is told. */
export const STEP_REASONS = {
  mode_off: "Automatic replies are switched off for this site.",
  no_answer: "The knowledge base has no answer to this question.",
  provider_error: "The reply engine failed, so no automatic reply was made.",
} as const;

export async function decide(turn: TurnInput, drafter: Drafter, checkpoints: readonly Checkpoint[] = registry): Promise<Decision> {
  const started = performance.now();
  const { policy } = turn;
  const pre = checkpoints.filter((c) => c.stage === "pre");
  const post = checkpoints.filter((c) => c.stage === "post");
  const base: CheckInput = { ...turn, knowledge: [] };
  const finish = (parts: Omit<Decision, "mode" | "language" | "latencyMs" | "autoSent" | "explanations"> & { explanations?: string[] }): Decision => ({
    mode: policy.mode,
    language: turn.language,
    ...parts,
    autoSent: parts.outcome === "auto_sent",
    explanations: parts.explanations ?? explain(parts.checks),
    latencyMs: round(performance.now() - started),
  });

  if (policy.mode === "off") {
    return finish({
      outcome: "escalated",
      reasons: ["mode_off"],
      explanations: [STEP_REASONS.mode_off],
      checks: [...pre, ...post].map((c) => skipped(c, turn, "automatic replies are off for this site")),
      knowledge: [],
      attempts: [],
    });
  }

  const preRun = runAll(pre, base);
  const preChecks = preRun instanceof Promise ? await preRun : preRun;
  const preBlocks = preChecks.filter(blocks);
  if (preBlocks.length > 0) {
    const excluded = preBlocks.some((c) => c.outcome === "excluded");
    return finish({
      outcome: excluded ? "excluded" : "escalated",
      reasons: preBlocks.map((c) => c.id),
      checks: [...preChecks, ...post.map((c) => skipped(c, turn, "a check on the customer's message already requires a person"))],
      knowledge: [],
      attempts: [],
    });
  }

  const passages = await drafter.retrieve(turn.message, turn.language);
  const knowledge = passages.map((p) => ({ id: p.articleId, title: p.title, score: round(p.score) }));
  const attempts: Attempt[] = [];
  let feedback: string[] = [];
  const maxAttempts = 1 + (drafter.canRetry ? policy.limits.draftRetries : 0);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    let draft: Awaited<ReturnType<Drafter["draft"]>>;
    try {
      draft = await drafter.draft({ message: turn.message, language: turn.language, history: turn.history, passages, feedback });
    } catch (error) {
      console.warn("reply provider failed", error);
      return finish({
        outcome: "escalated",
        reasons: ["provider_error"],
        explanations: [STEP_REASONS.provider_error],
        checks: [...preChecks, ...post.map((c) => skipped(c, turn, "no draft to check"))],
        knowledge,
        attempts,
      });
    }
    const draftRecord: DraftRecord = { text: draft.text, provider: draft.provider, model: draft.model, ms: draft.ms };
    if (draft.text.trim() === "") {
      return finish({
        outcome: "escalated",
        reasons: ["no_answer"],
        explanations: [STEP_REASONS.no_answer],
        checks: [...preChecks, ...post.map((c) => skipped(c, turn, "no draft to check"))],
        knowledge,
        draft: draftRecord,
        attempts,
      });
    }
    const postRun = runAll(post, { ...base, knowledge: passages, draft: draft.text, draftLanguage: draft.language });
    const postChecks = postRun instanceof Promise ? await postRun : postRun;
    attempts.push({ draft: draftRecord, checks: postChecks });
    const postBlocks = postChecks.filter(blocks);
    const checks = [...preChecks, ...postChecks];
    const usedKnowledge = draft.passages ?? knowledge;
    if (postBlocks.length === 0) {
      return finish({ outcome: passOutcome(policy.mode), reasons: [], checks, knowledge: usedKnowledge, draft: draftRecord, attempts });
    }
    if (attempt === maxAttempts - 1) {
      return finish({ outcome: "escalated", reasons: postBlocks.map((c) => c.id), checks, knowledge: usedKnowledge, draft: draftRecord, attempts });
    }
    feedback = postBlocks.map((c) => c.reason);
  }
  throw new Error("unreachable: the last attempt always returns");
}

/**
 * The checks' results, in order. A promise only when a check answers asynchronously: the built-in checks do
 * not, and a promise for each of a dozen checks a message, and awaiting them, was garbage.
 */
function runAll(checks: readonly Checkpoint[], input: CheckInput): CheckResult[] | Promise<CheckResult[]> {
  const results: Array<CheckResult | Promise<CheckResult>> = [];
  let pending = false;
  for (const checkpoint of checks) {
    const result = runCheck(checkpoint, input);
    if (result instanceof Promise) pending = true;
    results.push(result);
  }
  return pending ? Promise.all(results) : (results as CheckResult[]);
}

function passOutcome(mode: Policy["mode"]): Outcome {
  if (mode === "auto") return "auto_sent";
  if (mode === "suggest") return "suggested";
  return "shadow";
}

function blocks(result: CheckResult): boolean {
  return result.verdict === "block" || result.verdict === "error";
}

function explain(checks: CheckResult[]): string[] {
  return checks.filter(blocks).map((c) => c.reason);
}

function skipped(checkpoint: Checkpoint, turn: TurnInput, why: string): CheckResult {
  return {
    id: checkpoint.id,
    verdict: "skipped",
    score: 0,
    threshold: thresholdFor(checkpoint, turn.policy),
    reason: `Not run: ${why}.`,
    ms: 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
