// The best few hits of a search, kept while thousands stream past: a question can match a large share of the
// passages, and only the first handful are wanted. Hits may belong to a group (the passages of one article):
// a group is kept once, by its best hit, so that the sections of one article sharing its title do not fill
// the results with one answer repeated.

export interface Hit {
  /** Position of the passage in the knowledge index's list. */
  id: number;
  /** How well the passage matches, 0..1 (match-score.ts). */
  score: number;
  /** What orders hits: the score before it is capped at 1 (match-score.ts). */
  rank: number;
  /** Orders hits of equal rank, higher first; then the earlier passage comes first. */
  tiebreak: number;
}

interface Kept {
  hit: Hit;
  rank: number;
  group: string | number | undefined;
}

export class TopHits {
  private readonly kept: Kept[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Whether a hit of this rank would be kept; lets a caller skip building hits that would not. */
  accepts(rank: number, tiebreak: number, id: number): boolean {
    const last = this.kept[this.limit - 1];
    return this.limit > 0 && (!last || outranks(rank, tiebreak, id, last));
  }

  offer(hit: Hit, rank = hit.rank, group?: string | number): void {
    if (!this.accepts(rank, hit.tiebreak, hit.id)) return;
    const kept = this.kept;
    if (group !== undefined) {
      const same = kept.findIndex((k) => k.group === group);
      if (same >= 0) {
        if (!outranks(rank, hit.tiebreak, hit.id, kept[same])) return;
        removeAt(kept, same);
      }
    }
    let i = kept.length;
    while (i > 0 && outranks(rank, hit.tiebreak, hit.id, kept[i - 1])) i--;
    insertAt(kept, i, { hit, rank, group });
    if (kept.length > this.limit) kept.pop();
  }

  /** The rank a hit must beat to enter, once the list is full; -Infinity before. */
  floor(): number {
    return this.kept.length === this.limit ? this.kept[this.limit - 1].rank : -Infinity;
  }

  /** The rank of the best hit kept; -Infinity before any. */
  first(): number {
    return this.kept.length > 0 ? this.kept[0].rank : -Infinity;
  }

  /** The hits kept, best first. */
  hits(): Hit[] {
    return this.kept.map((entry) => entry.hit);
  }
}

function outranks(rank: number, tiebreak: number, id: number, other: Kept): boolean {
  if (rank !== other.rank) return rank > other.rank;
  if (tiebreak !== other.hit.tiebreak) return tiebreak > other.hit.tiebreak;
  return id < other.hit.id;
}

// By hand rather than by `splice`, which returns a list of what it removed: made on every hit kept, only to be
// thrown away.
function removeAt(kept: Kept[], at: number): void {
  for (let i = at; i < kept.length - 1; i++) kept[i] = kept[i + 1];
  kept.pop();
}

function insertAt(kept: Kept[], at: number, entry: Kept): void {
  kept.push(entry);
  for (let i = kept.length - 1; i > at; i--) kept[i] = kept[i - 1];
  kept[at] = entry;
}
