// loop: the conversation goes round in circles. The customer asks the same thing again, the bot has
// answered too often without settling the matter, the episode has used its automatic replies, or the
// customer is sending a burst of messages. Counters are judged against policy.limits; the threshold is
// the similarity at which a question counts as asked again.
import { customerLanguage } from "./text-languages.ts";
import { collapseWhitespace } from "../text/words.ts";
import type { Checkpoint, Finding } from "../types.ts";
import { autoReplies, botRepliesSinceResolution, messagesInWindow } from "./loop/counters.ts";
import { findRepeatedQuestion } from "./loop/repeated-question.ts";

export const loop: Checkpoint = {
  id: "loop",
  stage: "pre",
  defaultThreshold: 0.75,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const { limits } = input.policy;
    const language = customerLanguage(input);
    const signs: string[] = [];
    let score = 0;

    const repeated = findRepeatedQuestion(input.message, input.history, language);
    if (repeated) {
      score = Math.max(score, repeated.similarity);
      if (repeated.similarity >= threshold) {
        signs.push(`the customer asks again what they asked before ("${clip(repeated.earlier)}")`);
      }
    }
    const streak = botRepliesSinceResolution(input.history);
    if (streak >= limits.consecutiveBotReplies) {
      score = 1;
      const limit = limits.consecutiveBotReplies;
      signs.push(`the bot has replied ${streak} times in a row without settling the matter (limit ${limit})`);
    }
    const replies = autoReplies(input.history);
    if (replies >= limits.autoRepliesPerEpisode) {
      score = 1;
      const limit = limits.autoRepliesPerEpisode;
      signs.push(`${replies} automatic replies were already sent in this episode (limit ${limit})`);
    }
    const burst = messagesInWindow(input.history, input.now, limits.burstWindowSeconds);
    if (burst >= limits.burstMessages) {
      score = 1;
      signs.push(`the customer sent ${burst} messages within ${limits.burstWindowSeconds} seconds`);
    }

    if (signs.length === 0) {
      const sofar = `${replies} automatic ${replies === 1 ? "reply" : "replies"} so far`;
      return { verdict: "pass", score, threshold, reason: `No sign of a loop (${sofar}).` };
    }
    const text = signs.join("; ");
    return { verdict: "block", score, threshold, reason: `The conversation is going in circles: ${text}.` };
  },
};

function clip(text: string): string {
  const oneLine = collapseWhitespace(text).trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
