// The best few hits of a search, kept while thousands stream past: a question can match a large share of the
// passages, and only the first handful are wanted.

export interface Hit {
  /** Position of the passage in the knowledge index's list. */
  id: number;
  /** How well the passage matches, 0..1 (match-score.ts). */
  score: number;
  /** Orders hits of equal score, higher first: MiniSearch's BM25 (more occurrences, shorter passage, title match). */
  tiebreak: number;
}

export class TopHits {
  private readonly kept: { hit: Hit; rank: number }[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Whether a hit of this rank would be kept; lets a caller skip building hits that would not. */
  accepts(rank: number, tiebreak: number): boolean {
    const last = this.kept[this.limit - 1];
    return this.limit > 0 && (!last || rank > last.rank || (rank === last.rank && tiebreak > last.hit.tiebreak));
  }

  offer(hit: Hit, rank = hit.score): void {
    if (!this.accepts(rank, hit.tiebreak)) return;
    const kept = this.kept;
    let i = kept.length;
    while (i > 0 && (rank > kept[i - 1].rank || (rank === kept[i - 1].rank && hit.tiebreak > kept[i - 1].hit.tiebreak))) i--;
    kept.splice(i, 0, { hit, rank });
    if (kept.length > this.limit) kept.pop();
  }

  /** The hits kept, best first. */
  hits(): Hit[] {
    return this.kept.map((entry) => entry.hit);
  }
}
