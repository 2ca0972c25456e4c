// How well a passage matches a question, 0..1, comparable across questions and sites (a checkpoint holds it
// against a threshold; a BM25 score's scale depends on the query and the collection, so it cannot be).
//
//   score = min(1, coverage × specificity)
//   coverage    = B / T: the share of the question's information the passage holds, where T sums idf(t) over
//                 the question's terms and B over those the passage holds, TITLE_BOOST times for those in its
//                 title (article title, section heading, tags): a passage about returns answers "return" better
//                 than one that mentions it. A term the knowledge never mentions ("bitcoin") weighs the most, so
//                 a question the knowledge does not cover scores low.
//   specificity = min(1, M / ln(1 + N / 10)), M the unboosted B: the matched terms must carry enough
//                 information to single out about ten passages. "Where is my order?" matched on "order" alone,
//                 in a quarter of the passages, is a guess, not an answer.
// Passages are ranked by the product before it is capped, so that among passages holding the whole question
// the one whose title says it comes first.
// idf is BM25's: idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)), N passages, df passages holding t.

/** Passages a fully specific match narrows the knowledge down to. */
const SPECIFIC_ENOUGH = 10;
/** How much more a term counts in a passage's title than in its text. */
export const TITLE_BOOST = 1.5;

export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The uncapped rank of a passage: `matched` idf it holds, `boosted` the same with its title's share boosted. */
export function matchRank(matched: number, boosted: number, totalIdf: number, documentCount: number): number {
  if (totalIdf <= 0 || matched <= 0) return 0;
  const specificity = Math.min(1, matched / Math.log(1 + documentCount / SPECIFIC_ENOUGH));
  return (boosted / totalIdf) * specificity;
}

/** The score of a passage, 0..1. */
export function matchScore(matched: number, boosted: number, totalIdf: number, documentCount: number): number {
  return Math.min(1, matchRank(matched, boosted, totalIdf, documentCount));
}
