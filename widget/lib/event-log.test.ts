import { describe, expect, it } from "vitest";
import type { ConversationEvent } from "../../shared/protocol.ts";
import { emptyLog, mergeEvents, trimLog } from "./event-log.ts";

const message = (seq: number, text = "m" + seq): ConversationEvent => ({ type: "message", seq, at: "2026-01-01T00:00:00Z", role: "bot", text });

describe("mergeEvents", () => {
  it("keeps an event delivered twice (socket and HTTP answer) once", () => {
    const first = mergeEvents(emptyLog, [message(1), message(2)]);
    const second = mergeEvents(first.log, [message(2), message(3)]);
    expect(second.log.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(second.added.map((e) => e.seq)).toEqual([3]);
  });

  it("orders events by seq whatever order they arrive in", () => {
    const { log } = mergeEvents(emptyLog, [message(3), message(1), message(2)]);
    expect(log.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log.through).toBe(3);
  });

  it("resumes from before a gap, so the missed event is asked for again", () => {
    const { log } = mergeEvents(emptyLog, [message(1), message(2), message(4), message(5)]);
    expect(log.through).toBe(2);
    const filled = mergeEvents(log, [message(3), message(4), message(5)]);
    expect(filled.added.map((e) => e.seq)).toEqual([3]);
    expect(filled.log.through).toBe(5);
  });

  it("returns the same log when nothing is new", () => {
    const { log } = mergeEvents(emptyLog, [message(1)]);
    expect(mergeEvents(log, [message(1)]).log).toBe(log);
  });
});

describe("trimLog", () => {
  it("keeps the latest events and the resume point", () => {
    const { log } = mergeEvents(emptyLog, [1, 2, 3, 4].map((seq) => message(seq)));
    const trimmed = trimLog(log, 2);
    expect(trimmed.events.map((e) => e.seq)).toEqual([3, 4]);
    expect(trimmed.through).toBe(4);
    // An event older than what was trimmed is still recognised as already seen.
    expect(mergeEvents(trimmed, [message(1)]).added).toEqual([]);
  });
});
