// Messages the user wrote that the server has not yet confirmed, delivered one at a time and in
// order. An item keeps its clientMessageId for life, so a send whose answer was lost is repeated with
// the same id and the server stores it once. The caller persists `onChange` so a reload loses nothing.
import { backoffDelay } from "./backoff.ts";

export type DeliveryOutcome = "sent" | "retry" | "drop";

export interface OutboxOptions<T> {
  items: T[];
  /** Resolves how it went; never rejects (a rejection is treated as "retry"). */
  deliver: (item: T) => Promise<DeliveryOutcome>;
  onChange: (items: readonly T[]) => void;
}

export interface Outbox<T> {
  add(item: T): void;
  /** Tries the head of the queue now instead of waiting for the backoff timer. */
  retryNow(): void;
  /** Forgets every item; one being delivered right now still completes, and its outcome is ignored. */
  clear(): void;
  items(): readonly T[];
}

export function createOutbox<T>(options: OutboxOptions<T>): Outbox<T> {
  let items = [...options.items];
  let busy = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    try {
      while (items.length > 0) {
        const head = items[0];
        const outcome = await options.deliver(head).catch((): DeliveryOutcome => "retry");
        // Cleared while it was on its way: whatever happened to it no longer matters.
        if (items[0] !== head) continue;
        if (outcome === "retry") {
          timer = setTimeout(flush, backoffDelay(failures++, { first: 1000, max: 30_000 }));
          return;
        }
        failures = 0;
        items = items.filter((item) => item !== head);
        options.onChange(items);
      }
    } finally {
      busy = false;
    }
  };

  if (items.length > 0) void flush();
  return {
    add(item) {
      items = [...items, item];
      options.onChange(items);
      void flush();
    },
    retryNow() {
      failures = 0;
      void flush();
    },
    clear() {
      clearTimeout(timer);
      failures = 0;
      items = [];
      options.onChange(items);
    },
    items: () => items,
  };
}
