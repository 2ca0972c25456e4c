// Runs one checkpoint under the fail-closed rule: an exception or a time-out is a blocking "error".
import type { Policy } from "./policy.ts";
import type { CheckInput, CheckResult, Checkpoint, Finding } from "./types.ts";

/** The site's threshold for the check, or the check's own default. */
export function thresholdFor(checkpoint: Checkpoint, policy: Policy): number {
  return policy.thresholds[checkpoint.id] ?? checkpoint.defaultThreshold;
}

export async function runCheck(checkpoint: Checkpoint, input: CheckInput): Promise<CheckResult> {
  const threshold = thresholdFor(checkpoint, input.policy);
  const limitMs = input.policy.limits.checkTimeoutMs;
  const started = performance.now();
  let finding: Finding;
  try {
    const outcome = checkpoint.evaluate(input, threshold);
    // A synchronous finding is taken as it is, so its time is its own and not that of checks run after it.
    finding = outcome instanceof Promise ? await withTimeout(outcome, limitMs) : outcome;
  } catch (error) {
    finding = {
      verdict: "error",
      score: 1,
      threshold,
      reason: `The ${checkpoint.id} check failed (${describe(error)}), so the reply was held back.`,
    };
  }
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
