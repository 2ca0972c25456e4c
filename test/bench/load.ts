// npm run bench:load — drives a local `wrangler dev` as DESIGN.md's budget says:
//   1. 200 conversations, each sending a message a second for 60 s: throughput, round-trip p50/p99, errors, and
//      afterwards every acknowledged message is checked to be in its transcript exactly once;
//   2. the highest sustained message rate through the full pipeline, and through a bare Durable Object echo
//      route, in the same run on the same machine, and their ratio.
// BENCH_SECONDS, BENCH_CONVERSATIONS and BENCH_SATURATION_SECONDS shorten or lengthen the run.
import os from "node:os";
import { startServer } from "../e2e/harness/server.ts";
import { readArticles } from "../../scripts/lib/local-site.ts";
import { THROTTLE_MS } from "../../worker/conversation/inbox-notifier.ts";
import { D1_FLUSH_DELAY_MS } from "../../worker/conversation/outbox.ts";

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SATURATION_SECONDS = Number(process.env.BENCH_SATURATION_SECONDS ?? 15);
const SATURATION_CLIENTS = 64;
/** The first seconds of the sustained phase, also reported apart: a fresh isolate's V8 is still compiling. */
const SETTLING_SECONDS = 10;
/** Conversations (and echo objects) of the saturation phases: enough that none is asked all of ANSWERED. */
const SATURATION_OBJECTS = 400;
const ADMIN = { authorization: "Bearer local-admin-token", "content-type": "application/json" };
const SITE = "bench";
/** The saturation phase's site: every check runs and every answer is sent, so no conversation leaves the bot. */
const PIPELINE_SITE = "bench-pipeline";

// What customers of the demo store ask: covered questions, uncovered ones, a request for a person.
const QUESTIONS = [
  "How long does delivery take?",
  "How much is shipping to Germany?",
  "How do I reset my password?",
  "Can I return shoes I have worn once?",
  "When will I get my refund?",
  "Do you accept gift cards?",
  "What size should I take if I am between two sizes?",
  "Do you have a loyalty programme?",
  "Where is my parcel? It has not moved for a week",
  "Combien coûte la livraison express ?",
  "Comment changer mon adresse e-mail ?",
  "I want to talk to a person",
];

/**
 * Questions the demo knowledge answers, each from another article, so that a conversation asking them in turn
 * gets a different answer every time: each one runs the whole pipeline and is sent.
 */
const ANSWERED = [
  "How long do I have to return an item?",
  "When will I get my money back?",
  "Is there free delivery above a certain amount?",
  "How many days does standard delivery take in France?",
  "My package arrived damaged, what should I do?",
  "I ordered an hour ago, can I still cancel my order?",
  "Which payment methods do you accept?",
  "Can I pay in several instalments?",
  "I need an invoice with my company name and VAT number",
  "How long is a gift card valid?",
  "I forgot my password and can't log in",
  "Please delete my account",
  "How can I change the email address on my account?",
  "I'm between two sizes, which one should I order?",
  "What is a women's M in US sizes?",
  "How do I unsubscribe from your newsletter?",
];

interface Sample {
  ms: number;
  ok: boolean;
}

const server = await startServer({ vars: { BENCH_ROUTES: "1" } });
try {
  await setUpSite();
  const sustained = await sustainedLoad();
  await settle();
  // Both sides on objects already awake, so the comparison is the work per message, not object start-up.
  const busy = await freshConversations(SATURATION_OBJECTS, PIPELINE_SITE);
  const pipeline = await saturate("pipeline", busy, (conv, visit) =>
    // A conversation's k-th message asks question k: no conversation hears the same question twice.
    sendMessage(conv, ANSWERED[visit % ANSWERED.length]!, undefined, true),
  );
  await settle();
  const echoKeys = Array.from({ length: SATURATION_OBJECTS }, (_, i) => i);
  await pool(16, echoKeys.length, (i) => echoOnce(i).then(() => undefined));
  const echo = await saturate("echo", echoKeys, (key) => echoOnce(key));
  report(sustained, pipeline, echo);
} finally {
  await server.stop();
}

async function setUpSite() {
  const limits = { messagesPerMinute: 10_000, conversationsPerIpPerMinute: 100_000, autoRepliesPerEpisode: 1000, consecutiveBotReplies: 100, burstMessages: 100 };
  // The pipeline site's conversations stay with the bot for the whole phase (no burst, loop or budget ends it).
  const permissive = { limits };
  const articles = readArticles("demo/knowledge");
  for (const [site, policy] of [[SITE, { limits }], [PIPELINE_SITE, permissive]] as const) {
    await must(fetch(`${server.url}/v1/admin/sites/${site}`, { method: "PUT", headers: ADMIN, body: JSON.stringify(policy) }));
    await must(fetch(`${server.url}/v1/admin/sites/${site}/knowledge`, { method: "PUT", headers: ADMIN, body: JSON.stringify({ articles }) }));
  }
}

interface Conversation {
  conversationId: string;
  token: string;
}

async function startConversation(site: string): Promise<Conversation> {
  const res = await must(fetch(`${server.url}/v1/sites/${site}/conversations`, { method: "POST" }));
  return (await res.json()) as Conversation;
}

async function freshConversations(n: number, site = SITE): Promise<Conversation[]> {
  const out: Conversation[] = [];
  await pool(16, n, async () => void out.push(await startConversation(site)));
  return out;
}

/** One message; with `mustBeAnswered`, it only counts as done when the bot's answer came back with it. */
async function sendMessage(conv: Conversation, text: string, clientMessageId = crypto.randomUUID(), mustBeAnswered = false): Promise<Sample> {
  const started = performance.now();
  try {
    const res = await fetch(`${server.url}/v1/conversations/${conv.conversationId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${conv.token}`, "content-type": "application/json" },
      body: JSON.stringify({ clientMessageId, text }),
    });
    const body = (await res.json()) as { reply?: unknown };
    return { ms: performance.now() - started, ok: res.status === 200 && (!mustBeAnswered || Boolean(body.reply)) };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

async function echoOnce(key: number): Promise<Sample> {
  const started = performance.now();
  try {
    const res = await fetch(`${server.url}/v1/bench/echo/${key}`, { method: "POST", body: JSON.stringify({ text: "How long does delivery take?" }) });
    await res.arrayBuffer();
    return { ms: performance.now() - started, ok: res.status === 200 };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/** Phase 1: an open-loop load, each conversation on its own one-second clock. */
async function sustainedLoad() {
  const conversations = await freshConversations(CONVERSATIONS);
  const acknowledged = new Map<string, string[]>(conversations.map((conv) => [conv.conversationId, []]));
  // Each conversation's first message before the clock starts, timed apart: it wakes the object, and the first
  // ones wait for the site's search index to be built and for V8 to compile the pipeline. That happens once per
  // site and isolate (after a deploy or a knowledge change), not under sustained load; its cost is reported.
  const warmUp: Sample[] = [];
  await pool(16, conversations.length, async (c) => {
    const conv = conversations[c]!;
    const id = crypto.randomUUID();
    const sample = await sendMessage(conv, QUESTIONS[c % QUESTIONS.length]!, id);
    warmUp.push(sample);
    if (sample.ok) acknowledged.get(conv.conversationId)!.push(id);
  });
  const samples: Sample[] = [];
  /** The same, without the first SETTLING_SECONDS: what the service does once V8 has compiled its hot code. */
  const settled: Sample[] = [];
  const start = performance.now() + 500;
  await Promise.all(
    conversations.map(async (conv, c) => {
      const offset = (c / conversations.length) * 1000;
      const acked = acknowledged.get(conv.conversationId)!;
      for (let second = 0; second < SECONDS; second++) {
        const due = start + offset + second * 1000;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const id = crypto.randomUUID();
        const sample = await sendMessage(conv, QUESTIONS[(c + second + 1) % QUESTIONS.length]!, id);
        samples.push(sample);
        if (second >= SETTLING_SECONDS) settled.push(sample);
        if (sample.ok) acked.push(id);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;

  // Every acknowledged message must be in its transcript exactly once.
  let lost = 0;
  let doubled = 0;
  await pool(16, conversations.length, async (i) => {
    const conv = conversations[i]!;
    const res = await must(fetch(`${server.url}/v1/conversations/${conv.conversationId}/events`, { headers: { authorization: `Bearer ${conv.token}` } }));
    const { events } = (await res.json()) as { events: Array<{ role?: string; clientMessageId?: string }> };
    const seen = new Map<string, number>();
    for (const e of events) if (e.role === "customer" && e.clientMessageId) seen.set(e.clientMessageId, (seen.get(e.clientMessageId) ?? 0) + 1);
    for (const id of acknowledged.get(conv.conversationId)!) {
      const n = seen.get(id) ?? 0;
      if (n === 0) lost++;
      if (n > 1) doubled++;
    }
  });
  return {
    sent: samples.length,
    errors: samples.filter((s) => !s.ok).length + warmUp.filter((s) => !s.ok).length,
    rate: samples.length / elapsed,
    ...percentiles(samples),
    warmUp: percentiles(warmUp),
    settled: percentiles(settled),
    lost,
    doubled,
  };
}

/**
 * Phase 2: a closed loop of many clients for a while; the completed rate is the highest it sustains. Each client
 * has its own targets and visits them in turn, so a conversation never has two messages in flight: a second
 * one would make the first one's answer stale, and it would rightly go unsent (a burst gets one answer).
 */
async function saturate<T>(name: string, targets: T[], once: (target: T, visit: number) => Promise<Sample>) {
  const samples: Sample[] = [];
  const until = performance.now() + SATURATION_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SATURATION_CLIENTS }, async (_, client) => {
      const mine = targets.filter((_, i) => i % SATURATION_CLIENTS === client);
      for (let turn = 0; performance.now() < until; turn++) {
        samples.push(await once(mine[turn % mine.length]!, Math.floor(turn / mine.length)));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = samples.filter((s) => s.ok).length;
  return { name, rate: ok / seconds, errors: samples.length - ok, ...percentiles(samples) };
}

function report(sustained: Awaited<ReturnType<typeof sustainedLoad>>, pipeline: Awaited<ReturnType<typeof saturate>>, echo: Awaited<ReturnType<typeof saturate>>) {
  const ratio = pipeline.rate / echo.rate;
  const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`\nsustained load: ${CONVERSATIONS} conversations × 1 message/s × ${SECONDS} s`);
  console.log(`  messages ${sustained.sent}, ${sustained.rate.toFixed(1)}/s, errors ${sustained.errors}, lost ${sustained.lost}, doubled ${sustained.doubled}`);
  console.log(`  round trip p50 ${sustained.p50.toFixed(1)} ms, p99 ${sustained.p99.toFixed(1)} ms`);
  console.log(`  after the first ${SETTLING_SECONDS} s: p50 ${sustained.settled.p50.toFixed(1)} ms, p99 ${sustained.settled.p99.toFixed(1)} ms`);
  console.log(`  before the clock, each conversation's first message: p50 ${sustained.warmUp.p50.toFixed(1)} ms, p99 ${sustained.warmUp.p99.toFixed(1)} ms`);
  console.log(`\nhighest sustained rate (${SATURATION_CLIENTS} clients, ${SATURATION_SECONDS} s each)`);
  for (const r of [pipeline, echo]) {
    console.log(`  ${r.name.padEnd(9)} ${r.rate.toFixed(1)} msg/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}`);
  }
  console.log(`  ratio pipeline/echo ${ratio.toFixed(2)}`);
  console.log(`\nbudgets: zero errors ${verdict(sustained.errors === 0)}, nothing lost or doubled ${verdict(sustained.lost + sustained.doubled === 0)}, ` +
    `p99 under 150 ms ${verdict(sustained.p99 < 150)}, ratio at least 0.7 ${verdict(ratio >= 0.7)}`);
  console.log(JSON.stringify({ sustained, pipeline, echo, ratio }));
}

function percentiles(samples: Sample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

async function pool(concurrency: number, n: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await task(next++);
  }));
}

async function must(response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

/**
 * Waits for a phase's deferred work (D1 forwarding, inbox updates) to drain, so that the next phase is
 * measured on its own work only.
 */
function settle() {
  return sleep(D1_FLUSH_DELAY_MS + THROTTLE_MS + 1000);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
