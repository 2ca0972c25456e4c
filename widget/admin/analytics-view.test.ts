import { describe, expect, it } from "vitest";
import type { Analytics, Counts } from "./admin-api.ts";
import { automationByDay, decisionCount, ranked } from "./analytics-view.ts";

const quiet: Counts = {
  conversations: 0,
  customerMessages: 0,
  autoSent: 0,
  suggested: 0,
  escalated: 0,
  excluded: 0,
  shadow: 0,
  escalations: 0,
  automationRate: 0,
  escalationsByReason: {},
  medianFirstHumanReplySeconds: null,
  ratings: { up: 0, down: 0 },
};

describe("analytics as the charts show them", () => {
  it("counts every outcome as a decision", () => {
    expect(decisionCount({ ...quiet, autoSent: 3, suggested: 1, escalated: 2, excluded: 1, shadow: 4 })).toBe(11);
  });

  it("ranks reasons by count, leaves out zeros, and breaks ties by id", () => {
    expect(ranked({ heat: 1, human_request: 3, loop: 0, compliance: 1 })).toEqual([
      ["human_request", 3],
      ["compliance", 1],
      ["heat", 1],
    ]);
  });

  it("gives each day of the period a place, with no rate on days nothing was decided", () => {
    const analytics: Analytics = {
      siteId: "demo",
      from: "2026-11-24",
      to: "2026-11-26",
      days: [
        { ...quiet, day: "2026-11-24", autoSent: 1, escalated: 3, automationRate: 0.25 },
        { ...quiet, day: "2026-11-25", conversations: 2 },
      ],
      totals: quiet,
      checks: {},
    };
    expect(automationByDay(analytics)).toEqual([
      { day: "2026-11-24", rate: 0.25, autoSent: 1, decisions: 4 },
      { day: "2026-11-25", rate: null, autoSent: 0, decisions: 0 },
      { day: "2026-11-26", rate: null, autoSent: 0, decisions: 0 },
    ]);
  });
});
