import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOutbox, type DeliveryOutcome } from "./outbox.ts";

interface Item {
  id: string;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function outboxWith(outcomes: DeliveryOutcome[], items: Item[] = []) {
  const attempts: string[] = [];
  const saved: string[][] = [];
  const outbox = createOutbox<Item>({
    items,
    deliver: async (item) => {
      attempts.push(item.id);
      return outcomes.shift() ?? "sent";
    },
    onChange: (current) => saved.push(current.map((item) => item.id)),
  });
  return { outbox, attempts, saved };
}

describe("outbox", () => {
  it("delivers in the order written, one at a time", async () => {
    const { outbox, attempts } = outboxWith([]);
    outbox.add({ id: "a" });
    outbox.add({ id: "b" });
    await vi.runAllTimersAsync();
    expect(attempts).toEqual(["a", "b"]);
    expect(outbox.items()).toEqual([]);
  });

  it("retries the same item after a failure, later, and keeps the ones behind it waiting", async () => {
    const { outbox, attempts } = outboxWith(["retry", "retry"]);
    outbox.add({ id: "a" });
    outbox.add({ id: "b" });
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toEqual(["a"]);
    await vi.runAllTimersAsync();
    expect(attempts).toEqual(["a", "a", "a", "b"]);
  });

  it("saves every change, so a reload finds what is still unsent", async () => {
    const { outbox, saved } = outboxWith(["retry"]);
    outbox.add({ id: "a" });
    expect(saved).toEqual([["a"]]);
    await vi.runAllTimersAsync();
    expect(saved.at(-1)).toEqual([]);
  });

  it("starts delivering what a previous page left unsent", async () => {
    const { attempts } = outboxWith([], [{ id: "left-over" }]);
    await vi.runAllTimersAsync();
    expect(attempts).toEqual(["left-over"]);
  });

  it("drops an item the server refused and goes on with the next", async () => {
    const { outbox, attempts } = outboxWith(["drop"]);
    outbox.add({ id: "refused" });
    outbox.add({ id: "fine" });
    await vi.runAllTimersAsync();
    expect(attempts).toEqual(["refused", "fine"]);
    expect(outbox.items()).toEqual([]);
  });

  it("tries again at once when asked, without waiting for the backoff", async () => {
    const { outbox, attempts } = outboxWith(["retry"]);
    outbox.add({ id: "a" });
    await vi.advanceTimersByTimeAsync(0);
    outbox.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toEqual(["a", "a"]);
  });

  it("forgets everything when cleared, and an answer arriving afterwards brings nothing back", async () => {
    let finish: (outcome: DeliveryOutcome) => void = () => {};
    const attempts: string[] = [];
    const outbox = createOutbox<Item>({
      items: [],
      deliver: (item) => {
        attempts.push(item.id);
        return new Promise((resolve) => (finish = resolve));
      },
      onChange: () => {},
    });
    outbox.add({ id: "on-its-way" });
    outbox.add({ id: "waiting" });
    outbox.clear();
    expect(outbox.items()).toEqual([]);
    finish("retry");
    await vi.runAllTimersAsync();
    expect(attempts).toEqual(["on-its-way"]);
    expect(outbox.items()).toEqual([]);

    outbox.add({ id: "after" });
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toEqual(["on-its-way", "after"]);
  });
});
