// Typo tolerance: customers type "somone", "eprson", "assistgant"; one slip should not hide a word.

/**
 * True when `a` becomes `b` with at most one edit: an inserted, deleted or replaced character, or two
 * neighbours swapped. Linear time, no matrix: it only ever answers "one edit or fewer".
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
