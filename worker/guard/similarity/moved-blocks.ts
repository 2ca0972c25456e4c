// How many separate pieces of a sentence changed place. Swapping two names ("from Missouri to America"
// / "from America to Missouri") moves two pieces and changes the meaning; fronting one phrase ("In 2011,
// ...") moves one and usually keeps it. A bag of words sees no difference between the two.

/**
 * Where each item of `b` that `a` holds stands in `a`, in the order of `b` (each item at most once: callers
 * number repeated words). Its length is the number of items the two share.
 */
export function alignment(a: readonly string[], b: readonly string[]): number[] {
  const positionInA = new Map<string, number>();
  for (let i = 0; i < a.length; i++) positionInA.set(a[i]!, i);
  const order: number[] = [];
  for (const item of b) {
    const at = positionInA.get(item);
    if (at !== undefined) order.push(at);
  }
  return order;
}

/**
 * Keeps the longest run of an `alignment` that stays in order, and counts the runs of the rest that moved
 * together.
 */
export function movedBlocks(order: readonly number[]): number {
  const kept = longestIncreasing(order);
  let blocks = 0;
  for (let i = 0; i < order.length; i++) {
    if (kept[i]) continue;
    // A moved item continues the previous block when it also followed it in `a`.
    const continues = i > 0 && !kept[i - 1] && order[i - 1] === order[i]! - 1;
    if (!continues) blocks++;
  }
  return blocks;
}

/** Marks the members of one longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasing(values: readonly number[]): boolean[] {
  const tails: number[] = []; // index of the smallest tail of an increasing run of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept[i] = true;
  return kept;
}
