// A bounded cache for a pure function of a string. The same texts come back message after message (the
// draft read by every post-check, knowledge passages, earlier bot replies, common words), and recomputing
// them was much of the guard's time and garbage. Emptied when full, so a long-lived isolate fed a flood of
// unique texts cannot grow memory without limit. A value is shared by every caller: never mutate one.
export function remember<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
