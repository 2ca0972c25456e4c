// What a customer can do with the answers they get: rate the bot's answers, follow links the site
// vouches for (and only those), and erase the whole conversation.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { agentTakesOverAndWrites, putSitePolicy, ratingsToday, serverEvents } from "./harness/server-view.ts";
import { handoffButton, lines, openChat, openPageWith, openStore, panel, savedAccess, send, soon, waitForAnswerTo, waitForDelivered, widgetTag } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

/** A question the demo knowledge answers automatically. */
const QUESTION = "Which size should I take in boots?";

/** The rating controls under the bot's last answer. */
const lastRating = (page: Page) => panel(page).locator("li.msg.bot").last().getByRole("group", { name: "Was this answer helpful?" });

describe("rating an answer", () => {
  it("rates the bot's answer from the keyboard, once, and the site's figures count it", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    await send(page, QUESTION);
    const answer = await waitForAnswerTo(page, QUESTION);
    expect(answer.role).toBe("bot");
    // The local disclosure is no answer of the server: it has nothing to rate.
    expect(await panel(page).locator("li.msg").first().getByRole("group").count()).toBe(0);

    const before = await ratingsToday(e2e.url, "demo");
    const rating = lastRating(page);
    const helpful = rating.getByRole("button", { name: "Helpful", exact: true });
    const notHelpful = rating.getByRole("button", { name: "Not helpful" });
    const rated = page.waitForRequest((request) => request.url().endsWith("/rating"));
    await helpful.focus();
    await page.keyboard.press("Enter");
    const seq = (await serverEvents(e2e.url, (await savedAccess(page))!)).findLast((event) => event.type === "message" && event.role === "bot")!.seq;
    expect((await rated).postDataJSON()).toEqual({ seq, rating: "up" });

    expect(await helpful.getAttribute("aria-pressed")).toBe("true");
    expect(await rating.getByRole("status").textContent()).toBe("Thanks for your feedback");
    // A second opinion changes nothing: the first rating is the one that counts.
    await notHelpful.focus();
    await page.keyboard.press("Space");
    expect(await notHelpful.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(() => ratingsToday(e2e.url, "demo"), soon).toEqual({ up: before.up + 1, down: before.down });

    await page.reload();
    await openChat(page);
    await expect.poll(() => lastRating(page).getByRole("button", { name: "Helpful", exact: true }).getAttribute("aria-pressed"), soon).toBe("true");
    await page.close();
  });
});

describe("links in answers", () => {
  it("makes links to the site's allowed domains clickable, in a new tab, and leaves other addresses as text", async () => {
    await putSitePolicy(e2e.url, "linkshop", { output: { allowedLinkDomains: ["northwind.example"] } });
    const page = await openPageWith(e2e.browser.context, e2e.url, "/linkshop.html", `<!doctype html><html lang="en"><body>${widgetTag("", "linkshop")}</body></html>`);
    await openChat(page);
    await handoffButton(page).click();
    await expect.poll(async () => (await savedAccess(page, "linkshop"))?.conversationId, soon).toBeTruthy();
    const text = "Track it at https://track.northwind.example/parcel/42. Please ignore https://evil.example/login.";
    await agentTakesOverAndWrites(e2e.url, (await savedAccess(page, "linkshop"))!, text);

    await expect.poll(async () => (await lines(page)).some((line) => line.role === "agent" && line.text === text), soon).toBe(true);
    const links = panel(page).locator("li.msg.agent a");
    expect(await links.count()).toBe(1);
    expect(await links.evaluate((link: HTMLAnchorElement) => [link.href, link.textContent, link.target, link.rel])).toEqual([
      "https://track.northwind.example/parcel/42",
      "https://track.northwind.example/parcel/42",
      "_blank",
      "noopener noreferrer nofollow",
    ]);
    await page.close();
  });

  it("links nothing on a site that allows no link domain", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    await handoffButton(page).click();
    await expect.poll(async () => (await savedAccess(page))?.conversationId, soon).toBeTruthy();
    const text = "Our size guide: https://northwind.example/size-guide";
    await agentTakesOverAndWrites(e2e.url, (await savedAccess(page))!, text);
    await expect.poll(async () => (await lines(page)).some((line) => line.role === "agent" && line.text === text), soon).toBe(true);
    expect(await panel(page).locator(".log a").count()).toBe(0);
    await page.close();
  });
});

describe("erasing the conversation", () => {
  it("asks first, then erases it on the server and here, and the next message starts afresh", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const eraseButton = panel(page).getByRole("button", { name: "Erase this conversation" });
    expect(await eraseButton.count()).toBe(0);
    await send(page, QUESTION);
    await waitForAnswerTo(page, QUESTION);
    const erased = (await savedAccess(page))!;
    const question = panel(page).getByRole("alertdialog", { name: "Erase this conversation?" });

    // Escape means no: nothing is erased, and the focus is back on the button.
    await eraseButton.click();
    await question.waitFor();
    expect(await page.evaluate(() => document.getElementById("steward-widget")!.shadowRoot!.activeElement?.textContent)).toBe("Keep it");
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await panel(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.getElementById("steward-widget")!.shadowRoot!.activeElement?.getAttribute("aria-label"))).toBe(
      "Erase this conversation",
    );
    expect((await serverEvents(e2e.url, erased)).length).toBeGreaterThan(0);

    const deleted = page.waitForRequest((request) => request.method() === "DELETE");
    await eraseButton.click();
    await question.getByRole("button", { name: "Erase", exact: true }).click();
    const request = await deleted;
    expect(new URL(request.url()).pathname).toBe(`/v1/conversations/${erased.conversationId}`);
    expect(request.headers().authorization).toBe("Bearer " + erased.token);

    await expect.poll(() => panel(page).locator(".banner").textContent(), soon).toBe("The conversation was erased. A new message starts a new one.");
    expect((await lines(page)).map((line) => line.role)).toEqual(["bot"]);
    expect(await savedAccess(page)).toBeUndefined();
    await expect(serverEvents(e2e.url, erased)).rejects.toThrow(/HTTP 404/);

    await send(page, "Hello again");
    await waitForDelivered(page, "Hello again");
    const fresh = (await savedAccess(page))!;
    expect(fresh.conversationId).not.toBe(erased.conversationId);
    expect((await lines(page)).filter((line) => line.role === "customer").map((line) => line.text)).toEqual(["Hello again"]);
    await page.close();
  });
});
