// npm run eval -- FILE.jsonl [FILE.jsonl ...] [--json]
// Runs every case through its named checkpoint with the default policy and prints the figures per check.
import { findCheckpoint } from "../worker/guard/checks/index.ts";
import { defaultPolicy } from "../worker/guard/policy.ts";
import { runCheck } from "../worker/guard/run-check.ts";
import { detectLanguage } from "../worker/guard/text/language.ts";
import type { CheckInput } from "../worker/guard/types.ts";
import { CaseFileError, readCases, type EvalCase } from "./eval/cases.ts";
import { emptyTally, record, score, type Scores, type Tally } from "./eval/metrics.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((a: string) => a !== "--json");
if (files.length === 0) {
  console.error("usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--json]");
  process.exit(2);
}

// Reading everything first means a malformed line stops the run before any figure is printed.
let cases: EvalCase[] = [];
try {
  cases = files.flatMap(readCases);
} catch (error) {
  if (!(error instanceof CaseFileError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const unknown = [...new Set(cases.map((c) => c.check))].filter((id) => !findCheckpoint(id));
if (unknown.length > 0) {
  console.error(`unknown check(s): ${unknown.join(", ")}`);
  process.exit(2);
}

// Balanced-accuracy evaluation policy: the embedded defaults, and a time budget loose enough that a
// slow machine does not turn verdicts into time-out errors (speed is reported separately).
const policy = { ...defaultPolicy, limits: { ...defaultPolicy.limits, checkTimeoutMs: 10_000 } };
const tallies = new Map<string, Tally>();
for (const c of cases) {
  const checkpoint = findCheckpoint(c.check)!;
  const result = await runCheck(checkpoint, toInput(c));
  const tally = tallies.get(c.check) ?? emptyTally();
  tallies.set(c.check, tally);
  record(tally, c.expect === "block", result.verdict !== "pass", result.ms);
}

const checks: Record<string, Scores> = {};
for (const [id, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) checks[id] = score(tally);
printTable(checks);
if (json) console.log(JSON.stringify({ checks }));

function toInput(c: EvalCase): CheckInput {
  return {
    message: c.customer,
    language: detectLanguage(c.customer),
    history: c.history,
    knowledge: c.knowledge.map((text, i) => ({ articleId: `k${i}`, title: "", text, score: 1 })),
    draft: c.reply ?? undefined,
    policy,
    now: Date.now(),
  };
}

function printTable(rows: Record<string, Scores>): void {
  const columns = ["n", "tp", "fp", "tn", "fn", "accuracy", "precision", "recall", "f1", "balanced_accuracy", "p50_ms", "p99_ms"] as const;
  const header = ["check", ...columns];
  const lines = Object.entries(rows).map(([id, s]) => [id, ...columns.map((k) => String(s[k]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
}
