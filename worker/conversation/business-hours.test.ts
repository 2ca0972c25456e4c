import { describe, expect, it } from "vitest";
import { describeOpening, opening } from "./business-hours.ts";

const paris = { timezone: "Europe/Paris", days: { "mon-fri": "09:00-18:00" } };

describe("business hours", () => {
  it("is always open when the site sets no hours", () => {
    expect(opening({ timezone: "UTC", days: {} }, new Date("2026-11-28T03:00:00Z"))).toEqual({ open: true });
  });

  it("is open on a weekday afternoon in the site's time zone", () => {
    // 15:00 UTC on Thursday 26 November 2026 is 16:00 in Paris.
    expect(opening(paris, new Date("2026-11-26T15:00:00Z"))).toEqual({ open: true });
  });

  it("after closing time, opens tomorrow morning", () => {
    const next = opening(paris, new Date("2026-11-26T18:30:00Z"));
    expect(next).toEqual({ open: false, daysAhead: 1, weekday: 5, time: "09:00" });
    if (!next.open) expect(describeOpening(next, "en", paris.timezone)).toBe("tomorrow at 09:00 (Europe/Paris)");
  });

  it("on Saturday, opens on Monday, said in the customer's language", () => {
    const next = opening(paris, new Date("2026-11-28T12:00:00Z"));
    expect(next).toEqual({ open: false, daysAhead: 2, weekday: 1, time: "09:00" });
    if (!next.open) {
      expect(describeOpening(next, "fr", paris.timezone)).toBe("lundi à 09:00 (Europe/Paris)");
      expect(describeOpening(next, "de", paris.timezone)).toBe("am Montag um 09:00 (Europe/Paris)");
    }
  });

  it("before opening on a weekday, opens today", () => {
    const next = opening(paris, new Date("2026-11-26T06:00:00Z"));
    expect(next).toMatchObject({ open: false, daysAhead: 0, time: "09:00" });
  });
});
