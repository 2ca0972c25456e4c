// The command-line tools, run as a user runs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const node = join(process.cwd(), "node_modules/.bin/node");
const run = (script: string, args: string[]) => spawnSync(node, [script, ...args], { encoding: "utf8", timeout: 60_000 });

function file(name: string, lines: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "steward-cli-")), name);
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

describe("npm run eval", () => {
  it("prints the figures per check and, with --json, one JSON object last", () => {
    const cases = file("cases.jsonl", [
      { id: "a", check: "human_request", customer: "I want to talk to a real person", expect: "block" },
      { id: "b", check: "human_request", customer: "Where is my parcel?", expect: "pass" },
    ]);
    const result = run("scripts/eval.ts", [cases, "--json"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^check\s+n\s+tp\s+fp\s+tn\s+fn\s+accuracy\s+precision\s+recall\s+f1\s+balanced_accuracy\s+p50_ms\s+p99_ms/);
    const json = JSON.parse(lines.at(-1)!);
    expect(json.checks.human_request).toMatchObject({ n: 2, tp: 1, tn: 1, fp: 0, fn: 0, balanced_accuracy: 1 });
  });

  it("stops with exit code 2 naming the file and line of a malformed case", () => {
    const cases = file("bad.jsonl", [{ id: "a", check: "heat", customer: "fine", expect: "pass" }, "{oops"]);
    const result = run("scripts/eval.ts", [cases]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${cases}:2`);
  });
});

describe("npm run simulate", () => {
  it("says which past customer messages would have been answered automatically, and why the rest would not", () => {
    const conversations = file("past.jsonl", [
      { id: "c1", messages: [{ role: "customer", text: "How do I reset my password?" }] },
      { id: "c2", turns: [{ speaker: "agent", text: "Hi!" }, { speaker: "customer", text: "I want to speak to a human agent" }] },
    ]);
    const result = run("scripts/simulate.ts", [conversations, "--json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    expect(report.decisions).toBe(2);
    expect(report.wouldAutoSend).toBe(1);
    expect(report.blockedByReason).toEqual({ human_request: 1 });
    expect(report.examples.find((e: any) => e.conversationId === "c1").draft).toMatch(/password/i);
  });

  it("names the line of a conversation it cannot read", () => {
    const conversations = file("bad.jsonl", [{ id: "c1", messages: [] }, { id: "c2", text: "no turns" }]);
    const result = run("scripts/simulate.ts", [conversations]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${conversations}:2`);
  });
});
