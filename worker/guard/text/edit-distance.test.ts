import { describe, expect, it } from "vitest";
import { withinOneEdit } from "./edit-distance.ts";

describe("withinOneEdit", () => {
  it("forgives one missing, extra, wrong or swapped letter", () => {
    expect(withinOneEdit("somone", "someone")).toBe(true);
    expect(withinOneEdit("assistgant", "assistant")).toBe(true);
    expect(withinOneEdit("talkint", "talking")).toBe(true);
    expect(withinOneEdit("eprson", "person")).toBe(true);
  });
  it("does not confuse words two edits apart", () => {
    expect(withinOneEdit("personal", "person")).toBe(false);
    expect(withinOneEdit("epsron", "person")).toBe(false);
    expect(withinOneEdit("spoke", "speak")).toBe(false);
  });
});
