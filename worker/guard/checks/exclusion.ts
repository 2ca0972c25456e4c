// exclusion: a rule of the site's policy says this message is not for the bot (a topic, keywords,
// patterns, some customers, a channel). The reason names the rule, so the site can see which one fired.
import { customerLanguage } from "./text-languages.ts";
import type { Checkpoint, Finding } from "../types.ts";
import { matchRule, type RuleMatch } from "./exclusion/match-rule.ts";
import type { ExclusionRule } from "./exclusion/prepared-rule.ts";

export const exclusion: Checkpoint = {
  id: "exclusion",
  stage: "pre",
  // The share of a topic example a message must contain; keywords, patterns and context score 1.
  defaultThreshold: 0.6,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const rules = input.policy.exclusions;
    if (rules.length === 0) return { verdict: "pass", score: 0, threshold, reason: "The site has no exclusion rules." };
    const language = customerLanguage(input);
    let best: { rule: ExclusionRule; match: RuleMatch } | undefined;
    for (const rule of rules) {
      const match = matchRule(rule, input, language);
      if (match && match.score > (best?.match.score ?? 0)) best = { rule, match };
      if (best?.match.score === 1) break;
    }
    if (!best) return { verdict: "pass", score: 0, threshold, reason: "No site exclusion rule matches." };
    const { rule, match } = best;
    if (match.score < threshold) {
      return {
        verdict: "pass",
        score: match.score,
        threshold,
        reason: `No site exclusion rule matches; the nearest is "${rule.id}": ${match.why}, under ${threshold}.`,
      };
    }
    const finding: Finding = {
      verdict: "block",
      score: match.score,
      threshold,
      reason: `Site rule "${rule.id}" matches: ${match.why}.`,
    };
    return rule.action === "exclude" ? { ...finding, outcome: "excluded" } : finding;
  },
};
