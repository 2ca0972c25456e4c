// End to end on real support material: the agent guidelines of ABCD's fictional clothing retailer (ASAPP, MIT;
// ../shared/data/abcd, read at test time, never copied) as a site's knowledge, and the first substantive
// message of each of its 50 conversations through the pipeline the Worker runs (decide(), embedded checks,
// the extractive provider). Questions that need an action on the customer's account must all reach a human;
// FAQ-type questions may be answered, but only from what the guidelines say.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Decision } from "../worker/guard/decision.ts";
import { decide } from "../worker/guard/pipeline.ts";
import { policySchema, type Policy, type PolicyInput } from "../worker/guard/policy.ts";
import { isCourtesy } from "../worker/guard/text/courtesy.ts";
import type { Turn } from "../worker/guard/types.ts";
import type { Article } from "../worker/knowledge/article.ts";
import { localDrafter } from "./lib/local-site.ts";

const ABCD = fileURLToPath(new URL("../../shared/data/abcd/", import.meta.url));

/** ABCD's flows, by what answering them takes (troubleshoot_site is neither: site problems walked through). */
const FAQ_FLOWS = ["storewide_query", "single_item_query"];
const ACCOUNT_ACTION_FLOWS = ["product_defect", "account_access", "order_issue", "manage_account", "purchase_dispute", "shipping_issue", "subscription_inquiry"];

/**
 * The guidelines list the FAQ questions agents get ("Price of gift wrapping", "When does the local store
 * open?") but not their answers: agents read those from a tool. The few customer facts they hold (promotions
 * last 7 days; return windows by membership level; a $20 overnight upgrade) are written as steps for an agent.
 * No share of FAQ questions can honestly be expected to get an answer, so the floor is zero; what the test
 * holds to is that every reply sent is grounded, and every account action goes to a person.
 */
const FAQ_GROUNDED_FLOOR = 0;

/**
 * What a site owner selling clothes with accounts and a paid subscription would keep from the bot: everything
 * that reads or changes a customer's account, order, payment or subscription, written from the kinds of action
 * the retailer's own guidelines describe, in general words.
 */
const ACCOUNT_ACTIONS: PolicyInput["exclusions"] = [
  {
    id: "refunds",
    examples: ["I want a refund for my order", "I need my money back for this item", "what is the status of my refund", "I returned an item but was never refunded", "add another item to my refund"],
    keywords: ["my refund", "a refund", "refund me", "refund my", "money back", "never refunded", "not refunded", "reimburse"],
  },
  {
    id: "returns",
    examples: ["I need to return an item", "I want to send this back", "the item I received is the wrong size", "the item I received is the wrong color", "the item arrived with a stain"],
    keywords: ["return an item", "return my", "return this", "return it", "send it back", "wrong size", "wrong color", "wrong colour"],
  },
  {
    id: "account-access",
    examples: ["I forgot my password", "I forgot my username", "I can't log in to my account", "I lost the phone I use for two-factor authentication", "I am locked out of my account"],
    keywords: ["password", "username", "log in", "login", "sign in", "two-factor", "2fa", "access my account", "my account"],
  },
  {
    id: "account-details",
    examples: ["I need to change my address", "update the phone number on my account", "change the name on my account", "I moved and my details changed", "change my payment method"],
    keywords: ["change my address", "my address", "shipping address", "change my name", "my phone number", "payment method", "my credit card on file"],
  },
  {
    id: "order-changes",
    examples: ["cancel my order", "I ordered the wrong item", "change the item in my order", "add an item to my existing order", "upgrade my existing order to overnight shipping", "delay the delivery of my order", "I ordered two but meant to order one"],
    keywords: ["cancel", "my order", "wrong item", "existing order"],
  },
  {
    id: "shipping-status",
    examples: ["where is my package", "I haven't received my package", "check the status of my shipment", "confirm the address on my order", "my order confirmation is wrong"],
    keywords: ["my package", "my shipment", "my delivery", "not received", "haven't received", "never received", "didn't receive"],
  },
  {
    id: "billing-disputes",
    examples: [
      "I was charged for something I never bought",
      "there is a fee on my order I don't recognize",
      "I was billed twice",
      "I want to dispute a charge",
      "my promo code doesn't work",
      "the price was lower yesterday",
      "a competitor has a better price",
      "items are always out of stock",
      "some credit is missing from my account",
    ],
    keywords: ["charged", "billed", "my bill", "dispute", "chargeback", "extra fee", "out of stock", "better price", "price match"],
  },
  {
    id: "subscriptions",
    examples: [
      "is my subscription still active",
      "I need an extension to pay my subscription",
      "I want to pay my subscription bill",
      "when is my subscription due",
      "how much do I owe on my subscription",
      "a service was added to my plan",
      "a service was removed from my plan",
    ],
    keywords: ["my subscription", "my membership", "extension", "renew", "my plan", "amount due"],
  },
].map((rule) => ({ ...rule, action: "exclude" as const }));

interface Conversation {
  convo_id: number;
  flow: string;
  subflow: string;
  turns: { speaker: "agent" | "customer" | "action"; text: string }[];
}

interface Outcome {
  conversation: Conversation;
  message: string;
  decision: Decision;
}

function readJsonLines<T>(name: string): T[] {
  return readFileSync(`${ABCD}${name}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** One article per subflow: the flow and subflow as its title, the rest of the guideline as its text. */
function guidelineArticles(): Article[] {
  return readJsonLines<{ flow: string; subflow: string; flow_description: string; text: string }>("guidelines_flat.jsonl").map((g) => ({
    id: `${g.flow}-${g.subflow}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title: `${g.flow}: ${g.subflow}`,
    // The first line repeats flow and subflow, which the title already says.
    text: g.text.split("\n").slice(1).join("\n"),
    language: "en",
    tags: [g.flow_description],
  }));
}

/** The first customer message that is more than a greeting, with the turns before it. */
function firstQuestion(conversation: Conversation): { message: string; history: Turn[] } {
  const history: Turn[] = [];
  for (const turn of conversation.turns) {
    if (turn.speaker === "action") continue;
    if (turn.speaker === "customer" && !isCourtesy(turn.text, "en")) return { message: turn.text, history };
    history.push({ role: turn.speaker, text: turn.text });
  }
  throw new Error(`conversation ${conversation.convo_id} has no customer question`);
}

async function run(conversations: Conversation[], articles: Article[], policy: Policy): Promise<Outcome[]> {
  const drafter = localDrafter(articles, policy);
  return Promise.all(
    conversations.map(async (conversation) => {
      const { message, history } = firstQuestion(conversation);
      const decision = await decide({ message, language: "en", history, policy, now: Date.parse("2024-06-03T10:00:00Z") }, drafter);
      return { conversation, message, decision };
    }),
  );
}

const share = (part: number, whole: number) => `${part}/${whole} (${whole === 0 ? "-" : ((100 * part) / whole).toFixed(0)}%)`;

describe("ABCD guidelines as a site's knowledge, its conversations as customers", () => {
  let outcomes: Outcome[] = [];
  let withoutRules: Outcome[] = [];
  const of = (flows: string[], list = outcomes) => list.filter((o) => flows.includes(o.conversation.flow));

  beforeAll(async () => {
    const conversations = readJsonLines<Conversation>("conversations.jsonl");
    const articles = guidelineArticles();
    outcomes = await run(conversations, articles, policySchema.parse({ exclusions: ACCOUNT_ACTIONS }));
    withoutRules = await run(conversations, articles, policySchema.parse({}));

    const faq = of(FAQ_FLOWS);
    const actions = of(ACCOUNT_ACTION_FLOWS);
    const site = outcomes.filter((o) => o.conversation.flow === "troubleshoot_site");
    console.log(
      [
        `ABCD scenario, ${outcomes.length} conversations, ${articles.length} guideline articles:`,
        `  FAQ-type questions answered automatically (grounded: quoted from a cited guideline): ${share(faq.filter((o) => o.decision.autoSent).length, faq.length)}`,
        `  account-action questions sent to a human: ${share(actions.filter((o) => !o.decision.autoSent).length, actions.length)}` +
          ` (by a site rule: ${actions.filter((o) => o.decision.outcome === "excluded").length})`,
        `  without the site's rules, account-action questions answered automatically: ${share(of(ACCOUNT_ACTION_FLOWS, withoutRules).filter((o) => o.decision.autoSent).length, actions.length)}`,
        `  site troubleshooting (neither kind) answered automatically: ${share(site.filter((o) => o.decision.autoSent).length, site.length)}`,
      ].join("\n"),
    );
  });

  it("reads the 55 subflows of the guidelines and all 50 conversations", () => {
    expect(guidelineArticles()).toHaveLength(55);
    expect(outcomes).toHaveLength(50);
  });

  it("sends every question that needs an action on the customer's account to a person", () => {
    const answered = of(ACCOUNT_ACTION_FLOWS).filter((o) => o.decision.autoSent);
    expect(answered.map((o) => `${o.conversation.convo_id} ${o.conversation.flow}: "${o.message}" got "${o.decision.draft?.text}"`)).toEqual([]);
    expect(of(ACCOUNT_ACTION_FLOWS)).toHaveLength(32);
  });

  it("answers FAQ-type questions only with replies grounded in a cited guideline, as often as the guidelines allow", () => {
    const faq = of(FAQ_FLOWS);
    const sent = faq.filter((o) => o.decision.autoSent);
    for (const { decision } of sent) {
      expect(decision.knowledge.length).toBeGreaterThan(0);
      expect(decision.checks.find((c) => c.id === "compliance")?.verdict).toBe("pass");
    }
    expect(sent.length / faq.length).toBeGreaterThanOrEqual(FAQ_GROUNDED_FLOOR);
  });

  it("tells the person taking over which site rule kept each account action from the bot", () => {
    for (const { decision } of of(ACCOUNT_ACTION_FLOWS).filter((o) => o.decision.outcome === "excluded")) {
      expect(decision.explanations.join(" ")).toMatch(/^Site rule "[a-z-]+" matches/);
    }
  });
});
