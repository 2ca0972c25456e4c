// On a phone (375×667) the open panel takes the whole screen and stays usable: every control inside
// the screen, nothing to scroll sideways, and a message box the browser will not zoom into.
import { describe, expect, it } from "vitest";
import { input, openChat, openStore, panel, waitForAnswerTo } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

describe("on a phone", () => {
  it("opens full-screen and can be used to chat and closed again", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await page.setViewportSize({ width: 375, height: 667 });
    await openChat(page);
    expect(await panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });

    const inside = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.y, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(375);
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(667);
    };
    await inside("message box", await input(page).boundingBox());
    await inside("send", await panel(page).getByRole("button", { name: "Send" }).boundingBox());
    await inside("talk to a person", await panel(page).getByRole("button", { name: "Talk to a person" }).boundingBox());
    await inside("close", await panel(page).getByRole("button", { name: "Close chat" }).boundingBox());
    // Below 16px, mobile browsers zoom the page in when the field gets the focus.
    expect(await input(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(16);

    // Tapped, not Enter: nothing of the page or the launcher may lie over the panel's controls.
    await input(page).fill("Which size should I take in boots?");
    await panel(page).getByRole("button", { name: "Send" }).click();
    await waitForAnswerTo(page, "Which size should I take in boots?");
    expect(await panel(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await panel(page).locator(".log").evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

    await panel(page).getByRole("button", { name: "Close chat" }).click();
    await panel(page).waitFor({ state: "hidden" });
    await page.close();
  });
});
