// The contract every checkpoint of the registry keeps, whatever it checks: one suite, run by all.
import { describe, expect, it } from "vitest";
import { policySchema } from "../policy.ts";
import { runCheck } from "../run-check.ts";
import type { CheckInput, Checkpoint, Finding } from "../types.ts";
import { checkpoints } from "./index.ts";

const HUGE = 20_000;
const mixed = "Where is my order #4411?! Je veux parler à un conseiller. Ich möchte mein Geld zurück. ¿Dónde está? ";
const huge = (unit: string) => unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);

// Every field filled, including an exclusion rule of each kind, so no check is skipped for lack of input.
const policy = policySchema.parse({
  exclusions: [{ id: "refunds", examples: ["I want my money back"], keywords: ["chargeback"], patterns: ["\\bORD-\\d+"] }],
});

function input(message: string, overrides: Partial<CheckInput> = {}): CheckInput {
  return {
    message,
    language: "en",
    history: [
      { role: "customer", text: "Hello, my parcel has not arrived.", at: 1_000 },
      { role: "bot", text: "Parcels arrive within 3 working days.", at: 2_000 },
    ],
    knowledge: [{ articleId: "delivery", title: "Delivery", text: "Parcels arrive within 3 working days.", score: 1 }],
    draft: "Parcels arrive within 3 working days.",
    policy,
    now: 10_000,
    customer: { plan: "free" },
    channel: "widget",
    ...overrides,
  };
}

const cases: [string, CheckInput][] = [
  ["a typical message", input("It has been a week, where is my parcel?")],
  ["an empty message", input("", { draft: "", history: [], knowledge: [] })],
  ["a 20,000-character message in four languages", input(huge(mixed), { draft: huge(mixed) })],
  ["20,000 characters with no spaces", input("a".repeat(HUGE), { draft: "b".repeat(HUGE) })],
  ["20,000 exclamation marks", input("!".repeat(HUGE), { draft: "!".repeat(HUGE) })],
  [
    "a 20,000-character history turn and passage",
    input("ok", {
      history: [{ role: "customer", text: huge(mixed) }, { role: "bot", text: huge(mixed) }],
      knowledge: [{ articleId: "big", title: "Big", text: huge(mixed), score: 1 }],
    }),
  ],
];

function expectFinding(finding: Finding, threshold: number): void {
  expect(["pass", "block", "error"]).toContain(finding.verdict);
  expect(typeof finding.reason).toBe("string");
  expect(finding.reason.trim().length).toBeGreaterThan(0);
  for (const n of [finding.score, finding.threshold]) {
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(1);
  }
  expect(finding.threshold).toBe(threshold);
}

describe("every checkpoint in the registry", () => {
  it("has a unique id", () => {
    const ids = checkpoints.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(checkpoints.map((c) => [c.id, c] as [string, Checkpoint]))("%s", (_id, checkpoint) => {
    it("declares its stage, the side of the threshold that blocks, and a default threshold in 0..1", () => {
      expect(["pre", "post"]).toContain(checkpoint.stage);
      expect(["above", "below"]).toContain(checkpoint.blocksWhen);
      expect(checkpoint.defaultThreshold).toBeGreaterThanOrEqual(0);
      expect(checkpoint.defaultThreshold).toBeLessThanOrEqual(1);
    });

    it.each(cases)("returns a well-formed finding for %s, without throwing", async (_name, given) => {
      expectFinding(await checkpoint.evaluate(given, checkpoint.defaultThreshold), checkpoint.defaultThreshold);
    });

    it("reports the threshold it was given, not its own default", async () => {
      const finding = await checkpoint.evaluate(input("Where is my parcel?"), 0.42);
      expectFinding(finding, 0.42);
    });

    it("is timed when run by the pipeline, with the policy's threshold", async () => {
      const given = input("Where is my parcel?", { policy: { ...policy, thresholds: { [checkpoint.id]: 0.33 } } });
      const result = await runCheck(checkpoint, given);
      expect(result.id).toBe(checkpoint.id);
      expect(result.ms).toBeGreaterThanOrEqual(0);
      expect(result.threshold).toBe(0.33);
    });
  });
});
