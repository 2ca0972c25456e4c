// The optional on-page model (data-onpage-model): loaded only when the site names one, asked about each
// outgoing message, and never able to stop a message on its own — a flagged message waits for the
// customer's choice; an engine that throws or is slow is passed by within about a second and a half.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverMessages } from "./harness/server-view.ts";
import { input, lines, openChat, openPageWith, openStore, panel, savedAccess, send, soon, waitForAnswerTo, waitForDelivered, widgetTag } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

/** Fake engines with the adapter's shape (what a site would build on @mlc-ai/web-llm). */
const engines: Record<string, string> = {
  "harsh-words": `export async function createEngine() {
    return { classify: async (text) => (/useless/i.test(text) ? { flagged: true, reason: "This may come across as harsh." } : { flagged: false }) };
  }`,
  throwing: `export async function createEngine() {
    return { classify: async () => { throw new Error("WebGPU device lost"); } };
  }`,
  "failing-start": `export async function createEngine() { throw new Error("no WebGPU here"); }`,
  slow: `export async function createEngine() {
    return { classify: (text) => new Promise((resolve) => setTimeout(() => resolve({ flagged: true }), 10000)) };
  }`,
};

/** A page whose tag names the fake engine `name`; returns the page and the engine module's requests. */
async function pageWithEngine(name: string): Promise<{ page: Page; engineRequests: string[] }> {
  const engineRequests: string[] = [];
  await e2e.browser.context.route(`${e2e.url}/engines/${name}.js`, (route) => {
    engineRequests.push(route.request().url());
    return route.fulfill({ contentType: "text/javascript", body: engines[name] });
  });
  const page = await openPageWith(
    e2e.browser.context,
    e2e.url,
    `/with-${name}.html`,
    `<!doctype html><html lang="en"><body>${widgetTag(`data-onpage-model="/engines/${name}.js"`)}</body></html>`,
  );
  return { page, engineRequests };
}

const customerTexts = async (page: Page) =>
  (await serverMessages(e2e.url, (await savedAccess(page))!)).filter((message) => message.role === "customer").map((message) => message.text);

const confirmation = (page: Page) => panel(page).getByRole("alertdialog", { name: "Send this message?" });

describe("the on-page model", () => {
  it("is never fetched when the tag does not name one", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await openChat(page);
    await send(page, "Which size should I take in boots?");
    await waitForAnswerTo(page, "Which size should I take in boots?");
    expect(scripts.filter((path) => !["/widget-panel.js", "/widget-guard.js"].includes(path))).toEqual([]);
    await page.close();
  });

  it("asks the customer before sending a message it flags, and sends only what they choose", async () => {
    const { page, engineRequests } = await pageWithEngine("harsh-words");
    await openChat(page);
    await send(page, "You are all useless");
    await confirmation(page).waitFor();
    expect(await confirmation(page).textContent()).toContain("This may come across as harsh.");
    // The safe choice has the focus: another Enter does not send.
    await page.keyboard.press("Enter");
    await confirmation(page).waitFor({ state: "detached" });
    expect(await input(page).inputValue()).toBe("You are all useless");
    expect(await savedAccess(page)).toBeUndefined();

    await input(page).fill("You are all useless, but I still need my parcel");
    await input(page).press("Enter");
    await confirmation(page).getByRole("button", { name: "Send anyway" }).click();
    await waitForDelivered(page, "You are all useless, but I still need my parcel");

    await send(page, "Where is my parcel?");
    await waitForDelivered(page, "Where is my parcel?");
    expect(await confirmation(page).count()).toBe(0);
    expect(await customerTexts(page)).toEqual(["You are all useless, but I still need my parcel", "Where is my parcel?"]);
    expect(engineRequests).toHaveLength(1);
    await page.close();
  });

  it("lets a message through at once when the engine throws or cannot start", async () => {
    for (const name of ["throwing", "failing-start"]) {
      const { page, engineRequests } = await pageWithEngine(name);
      await openChat(page);
      await send(page, "You are all useless");
      await waitForDelivered(page, "You are all useless");
      expect(await confirmation(page).count(), name).toBe(0);
      expect(engineRequests, name).toHaveLength(1);
      await page.close();
    }
  });

  it("does not make the customer wait for a slow engine much longer than a second and a half", async () => {
    const { page } = await pageWithEngine("slow");
    await openChat(page);
    await input(page).fill("Where is my parcel?");
    const sent = page.waitForRequest((request) => request.url().endsWith("/messages") || request.url().endsWith("/conversations"));
    const pressed = Date.now();
    await input(page).press("Enter");
    await expect.poll(() => panel(page).getByText("Checking your message…").isVisible(), soon).toBe(true);
    await sent;
    const waited = Date.now() - pressed;
    expect(waited).toBeGreaterThanOrEqual(1400);
    expect(waited).toBeLessThan(4000);
    await waitForDelivered(page, "Where is my parcel?");
    expect(await confirmation(page).count()).toBe(0);
    expect((await lines(page)).filter((line) => line.role === "customer").map((line) => line.text)).toEqual(["Where is my parcel?"]);
    await page.close();
  });
});
