// A bounded cache for a pure function of a string. The same texts come back message after message (the
// draft read by every post-check, knowledge passages, earlier bot replies, common words), and recomputing
// them was much of the guard's time and garbage. Bounded, so a long-lived isolate fed a flood of unique texts
// cannot grow memory without limit. A value is shared by every caller: never mutate one. A value is never
// undefined, which reads as "not computed yet".
export function remember<V extends {} | null>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  // The keys in the order they came, a ring: the oldest entry makes room for a new one. Emptying the whole
  // memo instead would have the next messages recompute everything at once, the slowest messages of all. The
  // oldest key is read here rather than from the map's own order: a Map keeps deleted entries as holes until
  // it is rebuilt, and finding its first live key walks them all, on every eviction.
  const order: string[] = [];
  let oldest = 0;
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (order.length < limit) order.push(key);
      else {
        known.delete(order[oldest]!);
        order[oldest] = key;
        oldest = (oldest + 1) % limit;
      }
      known.set(key, value);
    }
    return value;
  };
}

/**
 * The same computation remembered apart for each context it runs in (a language, a secret): the memo of a
 * context, made on first use. Callers take a context's memo once and call it for every key of a text.
 */
export function rememberEach<C, V extends {} | null>(limit: number, compute: (key: string, context: C) => V): (context: C) => (key: string) => V {
  const memos = new Map<C, (key: string) => V>();
  // Made in a function of its own: a context captured by the closure below would otherwise be allocated on
  // every call of the function returned, not only on the first for each context.
  const start = (context: C) => {
    const memo = remember(limit, (key) => compute(key, context));
    memos.set(context, memo);
    return memo;
  };
  return (context) => memos.get(context) ?? start(context);
}
