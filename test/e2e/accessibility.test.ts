// The widget used with a keyboard alone, announced to screen readers, and calm for people who ask
// their system for reduced motion.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { handoffButton, launcher, lines, openChat, openStore, panel, waitForAnswerTo, waitForDelivered, soon } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

/** Which control of the widget has the keyboard focus ("" when focus is elsewhere on the page). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.getElementById("steward-widget");
    if (document.activeElement !== host) return "";
    const element = host!.shadowRoot!.activeElement;
    return element ? element.id || element.className || element.tagName.toLowerCase() : "";
  });
}

describe("keyboard and assistive technology", () => {
  it("can be used from start to finish with the keyboard alone", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    for (let presses = 0; presses < 20 && (await focused(page)) !== "launcher"; presses++) await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("launcher");

    await page.keyboard.press("Enter");
    await panel(page).waitFor({ state: "visible" });
    await expect.poll(() => focused(page), soon).toBe("steward-input");

    await page.keyboard.type("Which size should I take in boots?");
    await page.keyboard.press("Enter");
    await waitForAnswerTo(page, "Which size should I take in boots?");

    // Shift+Enter writes a new line instead of sending.
    await page.keyboard.type("first line");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("second line");
    expect(await panel(page).locator("#steward-input").inputValue()).toBe("first line\nsecond line");
    await page.keyboard.press("Enter");
    await waitForDelivered(page, "first line\nsecond line");

    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("handoff");
    await page.keyboard.press("Enter");
    await expect.poll(() => handoffButton(page).textContent(), soon).toBe("A person has been asked for");
    expect(await focused(page)).toBe("handoff");

    await page.keyboard.press("Escape");
    await panel(page).waitFor({ state: "hidden" });
    expect(await focused(page)).toBe("launcher");
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });

  it("shows where the keyboard focus is", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    for (let presses = 0; presses < 20 && (await focused(page)) !== "launcher"; presses++) await page.keyboard.press("Tab");
    const outline = await launcher(page).evaluate((element) => getComputedStyle(element).outlineStyle + " " + getComputedStyle(element).outlineWidth);
    expect(outline).toBe("solid 3px");
    await page.close();
  });

  it("announces new messages and the typing indicator politely, and names its controls", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const log = panel(page).getByRole("log");
    expect(await log.getAttribute("aria-live")).toBe("polite");
    expect(await page.getByRole("dialog", { name: "Chat with us" }).count()).toBe(1);
    expect(await page.getByRole("textbox", { name: "Your message" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Close chat" }).count()).toBe(2);
    expect(await page.getByRole("button", { name: "Send" }).count()).toBe(1);
    // Screen readers hear who is speaking; sighted users see it from the layout.
    expect(await log.ariaSnapshot()).toContain("Assistant: You are chatting with an automated assistant.");
    expect((await lines(page)).length).toBe(1);
    await page.close();
  });

  it("does not animate when the visitor asks for reduced motion", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const animation = () => panel(page).evaluate((element) => getComputedStyle(element).animationName);
    expect(await animation()).toBe("steward-in");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await animation()).toBe("none");
    await page.close();
  });
});
