// How many separate pieces of a sentence changed place. Swapping two names ("from Missouri to America"
// / "from America to Missouri") moves two pieces and changes the meaning; fronting one phrase ("In 2011,
// ...") moves one and usually keeps it. A bag of words sees no difference between the two.

// Up to this many pairs of items, searching `a` for each item of `b` costs less than indexing `a` (measured:
// about a third of the time at 10 items a side, even at 50) and leaves no table for the collector. Sentences
// and short replies are searched; long texts indexed, where a search would grow with the square of their length.
const SEARCH_PAIRS = 1024;

/**
 * Where each item of `b` that `a` holds stands in `a`, in the order of `b`. A repeated item's nth occurrence
 * in `b` meets its nth in `a`, so the length is the number of occurrences the two share.
 */
export function alignment(a: readonly string[], b: readonly string[]): number[] {
  return a.length * b.length <= SEARCH_PAIRS ? searchedAlignment(a, b) : indexedAlignment(a, b);
}

function searchedAlignment(a: readonly string[], b: readonly string[]): number[] {
  const order: number[] = [];
  for (const item of b) {
    // The first place of the item that no earlier occurrence of it took.
    let at = a.indexOf(item);
    while (at !== -1 && order.includes(at)) at = a.indexOf(item, at + 1);
    if (at !== -1) order.push(at);
  }
  return order;
}

function indexedAlignment(a: readonly string[], b: readonly string[]): number[] {
  // Each item's first place in `a`, and from every place the next place of the same item (-1 after its last):
  // an item of `b` takes the place it finds and leaves the next one for its next occurrence. Repeats followed
  // this way need no numbered copies of the items ("order#2") nor a count of them per text.
  const place = new Map<string, number>();
  const following = new Array<number>(a.length).fill(-1);
  for (let i = a.length - 1; i >= 0; i--) {
    const later = place.get(a[i]!);
    if (later !== undefined) following[i] = later;
    place.set(a[i]!, i);
  }
  const order: number[] = [];
  for (const item of b) {
    const at = place.get(item);
    if (at === undefined || at === -1) continue;
    order.push(at);
    place.set(item, following[at]!);
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
