// An agent and a customer at the same time, in two tabs: the customer asks for a person on the demo store,
// the agent sees it arrive in the inbox without reloading, takes over, answers, and hands back to the bot.
import type { BrowserContext, Locator, Page, WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverEvents } from "./harness/server-view.ts";
import { lines, openChat, openStore, savedAccess, send, type SavedAccess } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();
const AGENT_TOKEN = "local-agent-token";

/** A new tab on /agent, signed in as `name` and connected to the live inbox. */
async function openInbox(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url + "/agent");
  await page.getByLabel("Agent token").fill(AGENT_TOKEN);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator(".live.open").waitFor();
  return page;
}

const entry = (within: Page | Locator, conversationId: string) => within.locator(`a.entry[href="#/conversations/${conversationId}"]`);
const group = (inbox: Page, title: string) => inbox.locator("section.group", { has: inbox.getByRole("heading", { name: title }) });

/** A customer on the store who has asked for a person in their own words, and the conversation's access. */
async function customerAskingForAPerson(context: BrowserContext, url: string): Promise<{ page: Page; access: SavedAccess }> {
  const page = await openStore(context, url);
  await openChat(page);
  await send(page, "I would like to talk to a person, please.");
  await expect.poll(async () => (await savedAccess(page))?.conversationId, { timeout: 15_000 }).toBeTruthy();
  return { page, access: (await savedAccess(page))! };
}

/** The text the server announced to the customer right after the conversation entered `state`. */
async function announcementFor(access: SavedAccess, state: string): Promise<string> {
  const events = await serverEvents(e2e.url, access);
  const change = events.findLastIndex((event) => event.type === "state" && event.state === state);
  const said = events.slice(change + 1).find((event) => event.type === "message" && event.role === "system");
  if (change < 0 || said?.type !== "message") throw new Error(`no announcement after the change to ${state}`);
  return said.text;
}

async function widgetShows(customer: Page, role: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await lines(customer)).some((line) => line.role === role && line.text === text), { timeout: 15_000 })
    .toBe(true);
}

/** Presses Tab until `read` of the focused element gives `wanted` (at most 40 presses). */
async function tabUntil(page: Page, read: (element: Element | null) => string | null, wanted: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const focused = await page.evaluateHandle(() => document.activeElement);
    if ((await focused.evaluate(read)) === wanted) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${wanted}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

describe("the agent inbox with a customer on the store", () => {
  it("shows a request for a person live, and the customer sees the agent join, answer and hand back", async () => {
    const { context } = e2e.browser;
    const inbox = await openInbox(context, e2e.url, "Ana");
    const { page: customer, access } = await customerAskingForAPerson(context, e2e.url);

    // Live: the inbox tab was open before the customer asked, and is never reloaded.
    const waiting = entry(group(inbox, "Waiting for a person"), access.conversationId);
    await waiting.waitFor({ timeout: 15_000 });
    await expect.poll(() => waiting.locator(".reason").allTextContents()).toContain("Asked for a person");
    expect(await waiting.locator(".when").textContent()).toMatch(/^waiting /);

    await waiting.click();
    const thread = inbox.locator(".thread");
    await thread.locator(".message.customer p", { hasText: "I would like to talk to a person, please." }).waitFor();
    // The decision record of that message, with the check that sent it to a person and its reason.
    const decision = inbox.locator(".decisions details.decision").first();
    await decision.waitFor();
    expect(await decision.locator(".question").textContent()).toBe("“I would like to talk to a person, please.”");
    const humanCheck = decision.locator(".check", { has: inbox.locator(".check-id", { hasText: "human_request" }) });
    expect(await humanCheck.locator(".verdict").textContent()).not.toBe("pass");
    expect((await humanCheck.locator("p").textContent())?.length).toBeGreaterThan(0);

    await inbox.getByRole("button", { name: "Claim" }).click();
    await entry(group(inbox, "With an agent"), access.conversationId).waitFor();
    await widgetShows(customer, "system", await announcementFor(access, "human"));

    const reply = inbox.getByLabel("Reply to the customer");
    await reply.fill("Hello, I'm Ana from the support team.");
    await reply.press("Shift+Enter");
    await reply.pressSequentially("How can I help?");
    await reply.press("Enter");
    await widgetShows(customer, "agent", "Hello, I'm Ana from the support team.\nHow can I help?");
    expect(await reply.inputValue()).toBe("");
    const shown = (await lines(customer)).find((line) => line.role === "agent");
    expect(shown?.text).toBe("Hello, I'm Ana from the support team.\nHow can I help?");
    expect(await customer.locator("#steward-widget .msg.agent .who").first().textContent()).toBe("Ana");

    await inbox.getByRole("button", { name: "Hand back to bot" }).click();
    await entry(group(inbox, "With the bot"), access.conversationId).waitFor();
    await widgetShows(customer, "system", await announcementFor(access, "bot"));

    await customer.close();
    await inbox.close();
  });

  it("shows a second agent who holds a conversation, and keeps them from answering over the first", async () => {
    const { context } = e2e.browser;
    const ana = await openInbox(context, e2e.url, "Ana");
    const bo = await openInbox(context, e2e.url, "Bo");
    const { page: customer, access } = await customerAskingForAPerson(context, e2e.url);

    await entry(ana, access.conversationId).click();
    await ana.getByRole("button", { name: "Claim" }).click();

    const held = entry(group(bo, "With an agent"), access.conversationId);
    await held.waitFor({ timeout: 15_000 });
    expect(await held.locator(".holder").textContent()).toBe("Ana");
    await held.click();
    await bo.getByText("Ana is handling this conversation.").waitFor();
    expect(await bo.getByLabel("Reply to the customer").isDisabled()).toBe(true);
    expect(await bo.getByRole("button", { name: "Claim" }).count()).toBe(0);

    await Promise.all([customer.close(), ana.close(), bo.close()]);
  });

  it("can be worked with the keyboard alone, and tells a screen reader when someone starts waiting", async () => {
    const { context } = e2e.browser;
    const inbox = await context.newPage();
    await inbox.goto(e2e.url + "/agent");
    // The token field has the focus on arrival (once the app has drawn it: a loaded machine draws late).
    await inbox.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.includes("Agent token"));
    await inbox.keyboard.type(AGENT_TOKEN);
    await inbox.keyboard.press("Tab");
    await inbox.keyboard.type("Ana");
    await inbox.keyboard.press("Enter");
    await inbox.locator(".live.open").waitFor();

    const { page: customer, access } = await customerAskingForAPerson(context, e2e.url);
    const live = inbox.locator(".app > [aria-live=polite]");
    await expect.poll(() => live.textContent(), { timeout: 15_000 }).toMatch(/^New conversation waiting: .*Asked for a person/);

    const href = `#/conversations/${access.conversationId}`;
    await tabUntil(inbox, (element) => element?.getAttribute("href") ?? null, href);
    await inbox.keyboard.press("Enter");
    // Opening it takes the focus to the conversation, one Tab away from its first action.
    await expect.poll(() => focusedText(inbox)).toBe("Waiting for a person");
    await inbox.keyboard.press("Tab");
    expect(await focusedText(inbox)).toBe("Claim");
    await inbox.keyboard.press("Enter");
    // Claimed: the focus is where the agent writes next.
    await expect.poll(() => inbox.evaluate(() => document.activeElement?.id)).toBe("reply-text");
    await widgetShows(customer, "system", await announcementFor(access, "human"));

    await inbox.keyboard.type("Typed without a mouse.");
    await inbox.keyboard.press("Enter");
    await widgetShows(customer, "agent", "Typed without a mouse.");
    await Promise.all([customer.close(), inbox.close()]);
  });

  it("catches up after its sockets drop: what happened meanwhile appears, once", async () => {
    const { context } = e2e.browser;
    const inbox = await context.newPage();
    const sockets: WebSocketRoute[] = [];
    const urls: string[] = [];
    let down = false;
    await inbox.routeWebSocket(/\/v1\/agent\/.*socket\?/, (socket) => {
      urls.push(socket.url());
      if (down) return socket.close();
      sockets.push(socket);
      socket.connectToServer();
    });
    await inbox.goto(e2e.url + "/agent");
    await inbox.getByLabel("Agent token").fill(AGENT_TOKEN);
    await inbox.getByLabel("Your name").fill("Ana");
    await inbox.getByRole("button", { name: "Sign in" }).click();
    await inbox.locator(".live.open").waitFor();

    const first = await customerAskingForAPerson(context, e2e.url);
    await entry(inbox, first.access.conversationId).click({ timeout: 15_000 });
    const transcript = inbox.locator(".thread .transcript");
    await transcript.getByText("I would like to talk to a person, please.").waitFor();
    const heldBeforeDrop = (await serverEvents(e2e.url, first.access)).at(-1)!.seq;

    down = true;
    for (const socket of sockets.splice(0)) await socket.close();
    await expect.poll(() => inbox.locator(".live").textContent()).toBe("Offline, reconnecting…");

    // Meanwhile: the first customer writes again, and a second one asks for a person.
    await send(first.page, "Is anyone there?");
    const second = await customerAskingForAPerson(context, e2e.url);
    await expect.poll(async () => (await serverEvents(e2e.url, first.access)).at(-1)!.seq).toBeGreaterThan(heldBeforeDrop);
    expect(await transcript.getByText("Is anyone there?").count()).toBe(0);
    expect(await entry(inbox, second.access.conversationId).count()).toBe(0);

    down = false;
    await entry(group(inbox, "Waiting for a person"), second.access.conversationId).waitFor({ timeout: 20_000 });
    await transcript.getByText("Is anyone there?").waitFor({ timeout: 20_000 });
    expect(await transcript.getByText("Is anyone there?").count()).toBe(1);
    await expect.poll(() => inbox.locator(".live").textContent()).toBe("Live");
    // The transcript asked only for what came after the last event it held.
    expect(urls.filter((url) => url.includes(first.access.conversationId)).at(-1)).toContain(`after=${heldBeforeDrop}`);
    await Promise.all([first.page.close(), second.page.close(), inbox.close()]);
  });

  it("refuses a wrong token on the sign-in screen and says so on the token field", async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.url + "/agent");
    await page.getByLabel("Agent token").fill("not-the-token");
    await page.getByLabel("Your name").fill("Ana");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("This token was refused.");
    expect(await page.getByLabel("Agent token").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });
});
