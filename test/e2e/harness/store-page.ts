// The demo store page and its widget, seen the way a visitor uses them. Locators pierce the widget's
// open shadow root, so they read like the page's own elements.
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { serverMessages } from "./server-view.ts";

/** How long a visitor would reasonably wait for something to show (generous: the test machine is shared). */
export const soon = { timeout: 15_000, interval: 100 };

export interface Line {
  role: string;
  /** "pending" while unconfirmed by the server, "rejected" when refused. */
  tone: string;
  text: string;
  note: string;
  /** What the on-page guard says it hid from the message ("Card number hidden for your safety"), one per line. */
  masked: string;
}

/** The embed tag as a site writes it, for pages a test serves itself. */
export const widgetTag = (attributes = "", site = "demo") => `<script src="/widget.js" data-site="${site}" ${attributes} async></script>`;

/** Serves `body` at `path` on the Steward origin (so the tag's relative src is the real server) and opens it. */
export async function openPageWith(context: BrowserContext, url: string, path: string, body: string): Promise<Page> {
  await context.route(url + path, (route) => route.fulfill({ contentType: "text/html", body }));
  return openStore(context, url, path);
}

/** A new tab on the store with no conversation remembered from earlier tests. */
export async function openStore(context: BrowserContext, url: string, path = "/"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url + "/");
  await page.evaluate(() => localStorage.clear());
  if (path !== "/") await page.goto(url + path);
  else await page.reload();
  await launcher(page).waitFor();
  return page;
}

export const launcher = (page: Page) => page.locator("#steward-widget .launcher");
export const panel = (page: Page) => page.locator("#steward-widget .panel");
export const input = (page: Page) => page.locator("#steward-widget #steward-input");
export const handoffButton = (page: Page) => page.locator("#steward-widget .handoff");
export const banner = (page: Page) => page.locator("#steward-widget .banner");

export async function openChat(page: Page): Promise<void> {
  await launcher(page).click();
  await panel(page).waitFor({ state: "visible" });
  // The panel slides in (0.18 s); what a test measures or taps is where it ends, not where it passes by.
  await panel(page).evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
}

export async function send(page: Page, text: string): Promise<void> {
  await input(page).fill(text);
  await input(page).press("Enter");
}

/** The transcript as shown: role, text without the screen-reader prefix, and any delivery note. */
export function lines(page: Page): Promise<Line[]> {
  return page.locator("#steward-widget .log li").evaluateAll((items) =>
    items.map((item) => {
      const paragraph = item.querySelector("p")!;
      const text = [...paragraph.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains("sr")))
        .map((node) => node.textContent)
        .join("");
      return {
        role: item.classList[1] ?? "",
        tone: item.classList[2] ?? "",
        text,
        note: item.querySelector(".note")?.textContent ?? "",
        masked: [...item.querySelectorAll(".masked")].map((notice) => notice.textContent).join("\n"),
      };
    }),
  );
}

/** Waits until the transcript shows an answer (bot, agent or system line) after the customer's `text`. */
export async function waitForAnswerTo(page: Page, text: string): Promise<Line> {
  let answer: Line | undefined;
  await expect
    .poll(
      async () => {
        const shown = await lines(page);
        const asked = shown.findIndex((line) => line.role === "customer" && line.text === text && line.tone === "");
        answer = asked < 0 ? undefined : shown.slice(asked + 1).find((line) => line.role !== "customer");
        return answer !== undefined;
      },
      soon,
    )
    .toBe(true);
  return answer!;
}

/** Waits until the customer's `text` is confirmed by the server (shown without a delivery note). */
export async function waitForDelivered(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await lines(page)).some((line) => line.role === "customer" && line.text === text && line.tone === ""), soon)
    .toBe(true);
}

export interface SavedAccess {
  conversationId: string;
  token: string;
}

/** The conversation this browser remembers for the demo site. */
export async function savedAccess(page: Page, siteId = "demo"): Promise<SavedAccess | undefined> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").access, "steward:" + siteId);
}

/** How many messages this browser still has to deliver; none left means no retry can follow. */
export async function unsent(page: Page, siteId = "demo"): Promise<number> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? "{}").outbox ?? []).length, "steward:" + siteId);
}

/**
 * Once the widget has nothing left to send, its transcript (after the local disclosure and greeting)
 * must equal the server's messages line for line: nothing missing, nothing twice, nothing pending.
 */
export async function expectSameAsServer(page: Page, url: string, localLines = 1): Promise<void> {
  await expect.poll(() => unsent(page), soon).toBe(0);
  const access = (await savedAccess(page))!;
  const shown = async () => (await lines(page)).slice(localLines).map(({ role, text, tone }) => ({ role, text, tone }));
  const stored = async () => (await serverMessages(url, access)).map(({ role, text }) => ({ role, text, tone: "" }));
  await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await stored()), soon).toBe(true);
}
