// How well a passage matches a question, 0..1, comparable across questions and sites (a checkpoint holds it
// against a threshold; MiniSearch's BM25 scale depends on the query and the collection, so it cannot be).
//
//   score = coverage × specificity
//   coverage    = M / T: the share of the question's information the passage holds, where T sums idf(t) over
//                 the question's terms and M over those the passage holds. A term the knowledge never mentions
//                 ("bitcoin") weighs the most, so a question the knowledge does not cover scores low.
//   specificity = min(1, M / ln(1 + N / 10)): the matched terms must carry enough information to single out
//                 about ten passages. "Where is my order?" matched on "order" alone, in a quarter of the
//                 passages, is a guess, not an answer.
// idf is BM25's: idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)), N passages, df passages holding t.

/** Passages a fully specific match narrows the knowledge down to. */
const SPECIFIC_ENOUGH = 10;

export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function matchScore(matchedIdf: number, totalIdf: number, documentCount: number): number {
  if (totalIdf <= 0 || matchedIdf <= 0) return 0;
  const coverage = matchedIdf / totalIdf;
  const specificity = Math.min(1, matchedIdf / Math.log(1 + documentCount / SPECIFIC_ENOUGH));
  return Math.min(1, coverage * specificity);
}
