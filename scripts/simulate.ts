// npm run simulate -- FILE.jsonl [--knowledge PATH] [--policy FILE.json] [--json]
// Replays past conversations through the guard pipeline as a site in shadow mode would: for every customer
// message, what would have been sent automatically, and why the rest would not. Nothing is sent anywhere.
// A line is one conversation: { "id"?, "turns" | "messages": [{ "speaker" | "role": "customer"|"agent"|"bot", "text" }] }
// (the ABCD export's "action" turns are skipped).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { DecisionRecord } from "../worker/guard/decision.ts";
import { decide } from "../worker/guard/pipeline.ts";
import { policySchema } from "../worker/guard/policy.ts";
import { detectLanguage } from "../worker/guard/text/language.ts";
import type { Turn } from "../worker/guard/types.ts";
import { shadowReport } from "../worker/insight/shadow.ts";
import { localDrafter, readArticles } from "./lib/local-site.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { knowledge: { type: "string", default: "demo/knowledge" }, policy: { type: "string" }, json: { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("usage: npm run simulate -- FILE.jsonl [--knowledge PATH] [--policy FILE.json] [--json]");
  process.exit(2);
}

const turnSchema = z.object({ speaker: z.string().optional(), role: z.string().optional(), text: z.string() });
const conversationSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  convo_id: z.union([z.string(), z.number()]).optional(),
  turns: z.array(turnSchema).optional(),
  messages: z.array(turnSchema).optional(),
});

const file = positionals[0]!;
const policy = { ...policySchema.parse(values.policy ? JSON.parse(readFileSync(values.policy, "utf8")) : {}), mode: "shadow" as const };
const drafter = localDrafter(readArticles(values.knowledge!), policy);
const records: DecisionRecord[] = [];
const lines = readFileSync(file, "utf8").split("\n");
for (const [index, line] of lines.entries()) {
  if (line.trim() === "") continue;
  let parsed;
  try {
    parsed = conversationSchema.safeParse(JSON.parse(line));
  } catch (error) {
    console.error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
    process.exit(2);
  }
  if (!parsed.success || !(parsed.data.turns ?? parsed.data.messages)) {
    console.error(`${file}:${index + 1}: expected { "turns" | "messages": [{ "speaker" | "role", "text" }] }`);
    process.exit(2);
  }
  const conversationId = String(parsed.data.id ?? parsed.data.convo_id ?? index + 1);
  const history: Turn[] = [];
  let language = "en";
  for (const [seq, turn] of (parsed.data.turns ?? parsed.data.messages ?? []).entries()) {
    const role = turn.speaker ?? turn.role;
    if (role === "agent" || role === "bot") history.push({ role, text: turn.text });
    if (role !== "customer") continue;
    language = detectLanguage(turn.text, language as "en");
    const decision = await decide({ message: turn.text, language, history: [...history], policy, now: Date.now() }, drafter);
    records.push({ ...decision, id: `${conversationId}:${seq + 1}`, siteId: "simulation", conversationId, seq: seq + 1, at: new Date().toISOString(), state: "bot" });
    history.push({ role: "customer", text: turn.text });
  }
}

const report = shadowReport(records, values.json ? Infinity : 10);
if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const share = report.decisions === 0 ? 0 : report.wouldAutoSend / report.decisions;
  console.log(`${report.decisions} customer messages; ${report.wouldAutoSend} would have been answered automatically (${(share * 100).toFixed(1)}%).`);
  console.log("Held back, by reason:");
  for (const [reason, n] of Object.entries(report.blockedByReason).sort((a, b) => b[1] - a[1])) console.log(`  ${reason.padEnd(18)} ${n}`);
  console.log("Examples:");
  for (const e of report.examples) {
    console.log(`  ${e.conversationId}#${e.seq} ${e.outcome === "shadow" ? "would send" : `held (${e.reasons.join(", ")})`}: ${e.draft?.slice(0, 100) ?? "(no draft)"}`);
  }
}
