import { describe, expect, it } from "vitest";
import { ago, elapsed } from "./elapsed.ts";

const now = Date.parse("2026-01-02T12:00:00.000Z");
const before = (ms: number) => new Date(now - ms).toISOString();

describe("waiting times", () => {
  it("reads at a glance from seconds to days", () => {
    expect(elapsed(before(20_000), now)).toBe("just now");
    expect(elapsed(before(4 * 60_000), now)).toBe("4 min");
    expect(elapsed(before(125 * 60_000), now)).toBe("2 h 05");
    expect(elapsed(before(50 * 3600_000), now)).toBe("2 d");
  });

  it("says 'just now' for a clock slightly ahead of the agent's, never a negative time", () => {
    expect(elapsed(before(-90_000), now)).toBe("just now");
    expect(ago(before(-90_000), now)).toBe("just now");
  });

  it("adds 'ago' to past activity", () => {
    expect(ago(before(4 * 60_000), now)).toBe("4 min ago");
  });
});
