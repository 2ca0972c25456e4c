import { describe, expect, it, vi } from "vitest";
import type { OnPageCheck } from "../lib/on-page-check.ts";
import { maskPersonalData } from "../lib/personal-data/mask-personal-data.ts";
import { prepareMessage } from "./prepare-message.ts";

const guard = async () => maskPersonalData;
const unreachableGuard = () => Promise.reject(new Error("the guard bundle could not be fetched"));
const onPage = (flagged: boolean, reason?: string): OnPageCheck => ({ check: async () => ({ flagged, reason }) });

describe("prepareMessage", () => {
  it("masks a card number before anything else sees the message", async () => {
    const check = vi.fn(async () => ({ flagged: false }));
    const prepared = await prepareMessage("card 4242 4242 4242 4242", { loadGuard: guard, onPage: { check } });
    expect(prepared).toEqual({ status: "ready", text: "card •••• •••• •••• 4242", masked: ["card"] });
    expect(check).toHaveBeenCalledWith("card •••• •••• •••• 4242");
  });

  it("sends a message without digits even when the guard cannot be fetched", async () => {
    expect(await prepareMessage("Do you ship to Belgium?", { loadGuard: unreachableGuard })).toEqual({
      status: "ready",
      text: "Do you ship to Belgium?",
      masked: [],
    });
  });

  it("refuses to send a message with digits unchecked", async () => {
    expect(await prepareMessage("call me on +33 6 12 34 56 78", { loadGuard: unreachableGuard })).toEqual({ status: "unchecked" });
  });

  it("asks the visitor to confirm when the on-page model flags the message, with its reason", async () => {
    expect(await prepareMessage("You are all useless", { loadGuard: guard, onPage: onPage(true, "This may sound harsh.") })).toEqual({
      status: "confirm",
      text: "You are all useless",
      masked: [],
      reason: "This may sound harsh.",
    });
  });

  it("uses the visitor's region for national phone numbers", async () => {
    const prepared = await prepareMessage("06 12 34 56 78", { loadGuard: guard, region: "FR" });
    expect(prepared).toMatchObject({ text: "•• •• •• •• 78", masked: ["phone"] });
  });
});
