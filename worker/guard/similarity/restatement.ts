// How much one text says again what another said: shared content, discounted for every piece that
// changed place (see moved-blocks.ts). 1 for the same words in the same order, 0 for nothing shared.
import { monthNumber } from "../text/months.ts";
import { alignment, movedBlocks } from "./moved-blocks.ts";
import type { Token } from "./tokens.ts";

// Each moved piece keeps this share of the score; tuned on the repeat dev set (PAWS), where one moved
// piece is still a paraphrase two times in three and two pieces are one time in five.
const KEPT_PER_MOVED_BLOCK = 0.7;

/** Compares two texts read by `restatementTerms`. */
export function restatement(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const order = alignment(left, right);
  const overlap = (2 * order.length) / (left.length + right.length);
  return overlap * KEPT_PER_MOVED_BLOCK ** movedBlocks(order);
}

/**
 * What `restatement` compares of a text: content terms, dates in one order ("October 5" → "5 october").
 * Read once per text when a text is compared with several.
 */
export function restatementTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next && monthNumber(token.word) !== undefined && /^\d{1,2}$/.test(next.word)) {
      terms.push(next.word, token.term);
      i++;
      continue;
    }
    if (token.content) terms.push(token.term);
  }
  return terms;
}
