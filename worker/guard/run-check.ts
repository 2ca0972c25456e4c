// Runs one checkpoint under the fail-closed rule: an exception or a time-out is a blocking "error".
import type { Policy } from "./policy.ts";
import type { CheckInput, CheckResult, Checkpoint, Finding } from "./types.ts";

/** The site's threshold for the check, or the check's own default. */
export function thresholdFor(checkpoint: Checkpoint, policy: Policy): number {
  return policy.thresholds[checkpoint.id] ?? checkpoint.defaultThreshold;
}

/**
 * The check's result, without a promise when the check answers synchronously, as every built-in check does:
 * the pipeline runs a dozen checks a message, and a promise and an async frame for each were garbage. A check
 * that returns a promise gets one back, under the time limit; callers that do not care simply await either.
 */
export function runCheck(checkpoint: Checkpoint, input: CheckInput): CheckResult | Promise<CheckResult> {
  const threshold = thresholdFor(checkpoint, input.policy);
  const limitMs = input.policy.limits.checkTimeoutMs;
  const started = performance.now();
  let outcome: Finding | Promise<Finding>;
  try {
    outcome = checkpoint.evaluate(input, threshold);
  } catch (error) {
    return recorded(checkpoint, limitMs, started, failure(checkpoint, threshold, error));
  }
  // A synchronous finding is taken as it is, so its time is its own and not that of checks run after it.
  if (outcome instanceof Promise) return settled(checkpoint, threshold, limitMs, started, outcome);
  return recorded(checkpoint, limitMs, started, outcome);
}

async function settled(
  checkpoint: Checkpoint,
  threshold: number,
  limitMs: number,
  started: number,
  outcome: Promise<Finding>,
): Promise<CheckResult> {
  let finding: Finding;
  try {
    finding = await withTimeout(outcome, limitMs);
  } catch (error) {
    finding = failure(checkpoint, threshold, error);
  }
  return recorded(checkpoint, limitMs, started, finding);
}

function failure(checkpoint: Checkpoint, threshold: number, error: unknown): Finding {
  return {
    verdict: "error",
    score: 1,
    threshold,
    reason: `The ${checkpoint.id} check failed (${describe(error)}), so the reply was held back.`,
  };
}

/** The finding with the check's id and time; one that ran over its budget fails closed. */
function recorded(checkpoint: Checkpoint, limitMs: number, started: number, finding: Finding): CheckResult {
  const ms = performance.now() - started;
  // A synchronous check cannot be interrupted; one that ran over its budget still fails closed.
  if (finding.verdict !== "error" && ms > limitMs) {
    finding = {
      ...finding,
      verdict: "error",
      reason: `The ${checkpoint.id} check took ${Math.round(ms)} ms, over its ${limitMs} ms limit.`,
    };
  }
  return { id: checkpoint.id, ...finding, ms: round(ms) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
