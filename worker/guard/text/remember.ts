// A bounded cache for a pure function of a string. The same texts come back message after message (the
// draft read by every post-check, knowledge passages, earlier bot replies, common words), and recomputing
// them was much of the guard's time and garbage. Bounded, so a long-lived isolate fed a flood of unique texts
// cannot grow memory without limit. A value is shared by every caller: never mutate one.
export function remember<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      // The oldest entry makes room (a Map keeps insertion order). Emptying the whole memo instead would have
      // the next messages recompute everything at once, the slowest messages of all.
      if (known.size >= limit) known.delete(known.keys().next().value!);
      known.set(key, value);
    }
    return value;
  };
}
