import { describe, expect, it } from "vitest";
import { policySchema, type PolicyInput } from "../policy.ts";
import type { CheckInput, Finding, Turn } from "../types.ts";
import { loop } from "./loop.ts";

const NOW = 1_700_000_000_000;

function check(message: string, history: Turn[], limits: PolicyInput["limits"] = {}, language = "en"): Finding {
  const policy = policySchema.parse({ limits });
  const input: CheckInput = { message, language, history, knowledge: [], policy, now: NOW };
  return loop.evaluate(input, loop.defaultThreshold) as Finding;
}

const customer = (text: string, at?: number): Turn => ({ role: "customer", text, at });
const bot = (text = "Here is what I found in our help centre."): Turn => ({ role: "bot", text });

describe("loop", () => {
  it("lets a fresh conversation through", () => {
    const finding = check("Where is my order?", []);
    expect(finding.verdict).toBe("pass");
    expect(finding.reason).toBe("No sign of a loop (0 automatic replies so far).");
  });

  it("stops when the customer asks again what the bot already answered, even reworded", () => {
    const history = [customer("When will my order be delivered?"), bot()];
    const finding = check("I asked already: when is my order going to be delivered??", history);
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/asks again what they asked before \("When will my order be delivered\?"\)/);
  });

  it("compares repeated questions with the stemmer of the customer's language", () => {
    const history = [customer("Quand ma commande sera-t-elle livrée ?"), bot()];
    expect(check("Ma commande, quand est-ce qu'elle sera livrée ?", history, {}, "fr").verdict).toBe("block");
  });

  it("does not count a new question, or a question the bot has not answered yet", () => {
    expect(check("Do you ship to Canada?", [customer("When will my order be delivered?"), bot()]).verdict).toBe("pass");
    expect(check("When will my order be delivered?", [customer("When will my order be delivered?")]).verdict).toBe("pass");
  });

  it("does not count short acknowledgements as repeats", () => {
    expect(check("ok thanks", [customer("ok thanks"), bot()]).verdict).toBe("pass");
  });

  it("stops after too many bot replies in a row without the matter being settled", () => {
    const history = [customer("My card was declined"), bot(), customer("It says error 51"), bot(), customer("I tried another card"), bot()];
    const finding = check("Still declined", history, { consecutiveBotReplies: 3, autoRepliesPerEpisode: 10 });
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/the bot has replied 3 times in a row without settling the matter \(limit 3\)/);
  });

  it("starts counting again once the customer says an answer helped, or an agent stepped in", () => {
    const settled = [customer("Opening hours?"), bot(), customer("Perfect, thank you!"), customer("Do you sell gift cards?"), bot()];
    expect(check("And can I use them online?", settled, { consecutiveBotReplies: 2 }).verdict).toBe("pass");
    const agent: Turn[] = [customer("Refund?"), bot(), bot(), { role: "agent", text: "Done, refunded." }, customer("Other thing"), bot()];
    expect(check("And my invoice?", agent, { consecutiveBotReplies: 2 }).verdict).toBe("pass");
    const unsettled = [customer("Opening hours?"), bot(), customer("Thanks, but that is not what I asked"), bot()];
    expect(check("Again: are you open on Sunday?", unsettled, { consecutiveBotReplies: 2 }).verdict).toBe("block");
  });

  it("stops when the episode has used up its automatic replies", () => {
    const history = [customer("a question about sizes"), bot(), { role: "agent" as const, text: "Hi!" }, customer("another one about colours"), bot()];
    const finding = check("and one about delivery", history, { autoRepliesPerEpisode: 2 });
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/2 automatic replies were already sent in this episode \(limit 2\)/);
    expect(check("and one about delivery", history, { autoRepliesPerEpisode: 3 }).verdict).toBe("pass");
  });

  it("stops on a burst of messages within the window, and not on the same messages spread out", () => {
    const quick = [customer("hello", NOW - 15_000), customer("anyone?", NOW - 10_000), customer("hello??", NOW - 5_000)];
    const finding = check("HELLO", quick, { burstMessages: 4, burstWindowSeconds: 20 });
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/the customer sent 4 messages within 20 seconds/);
    const slow = [customer("hello", NOW - 90_000), customer("anyone?", NOW - 60_000), customer("hello??", NOW - 30_000)];
    expect(check("HELLO", slow, { burstMessages: 4, burstWindowSeconds: 20 }).verdict).toBe("pass");
  });
});
