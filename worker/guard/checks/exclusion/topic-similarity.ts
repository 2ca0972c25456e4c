// How close a message is to an example phrase of a site's topic: the share of the example's content
// that the message contains, rare words counting more (termWeight). "Can I get my money back?" is close
// to "I want my money back" however long the message around it.
import { termWeight } from "../../similarity/term-weight.ts";
import type { Token } from "../../similarity/tokens.ts";

// How one asks is not what one asks about: "I want", "je voudrais", "ich möchte" are in every message.
const ASKING_WORDS = new Set(
  `want wants wanted need needs like would please help know get can could hello hi thanks thank
veux voudrais voudrait aimerais aimerait besoin savoir bonjour merci svp pouvez peux
mochte mochten will brauche wissen bitte hallo danke konnen kann
quiero quisiera necesito saber hola gracias puedo puede`.split(/\s+/),
);

/** The tokens a topic is compared on: content words that say what, not how one asks. */
export function topicTerms(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.content && !ASKING_WORDS.has(t.word));
}

/** Weighted share (0..1) of the example's topic terms found in the message's. */
export function topicSimilarity(message: readonly Token[], example: readonly Token[]): number {
  const present = new Set(message.map((t) => t.term));
  let total = 0;
  let found = 0;
  for (const token of example) {
    const weight = termWeight(token);
    total += weight;
    if (present.has(token.term)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
