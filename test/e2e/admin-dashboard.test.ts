// The owner's dashboard after real conversations. Each test has a site of its own, so the numbers on the
// screen are exactly the ones its scripted customers caused, whatever other test files do to the demo site.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ConversationEvent } from "../../shared/protocol.ts";
import { root } from "./harness/server.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();
const ADMIN_TOKEN = "local-admin-token";
const JSON_BODY = { "content-type": "application/json" };
/** Analytics reach D1 through each conversation's outbox, a moment after the turn: wait like an owner would. */
const delivered = { timeout: 20_000, interval: 500 };

async function call(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const response = await fetch(e2e.url + path, { method, headers: { ...JSON_BODY, ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * A site knowing one article about returns. Its checks get a generous time limit: a check over its limit
 * fails closed, and a cold `wrangler dev` on a busy test machine is no measure of the checks' speed.
 */
async function siteWithKnowledge(name: string, mode: "auto" | "shadow"): Promise<string> {
  const siteId = `${name}-${Date.now().toString(36)}`;
  const admin = { authorization: "Bearer " + ADMIN_TOKEN };
  await call("PUT", `/v1/admin/sites/${siteId}`, { mode, limits: { checkTimeoutMs: 5000 } }, admin);
  const article = {
    id: "returns",
    title: "Returns",
    text: "You can return an item within 30 days of delivery for a full refund. Returns are free with the prepaid label in your parcel.",
  };
  await call("PUT", `/v1/admin/sites/${siteId}/knowledge`, { articles: [article] }, admin);
  return siteId;
}

interface Customer {
  conversationId: string;
  headers: Record<string, string>;
  events(): Promise<ConversationEvent[]>;
}

/** A customer of `siteId` starting a conversation through the API, as their widget would. */
async function customerOf(siteId: string): Promise<Customer> {
  const { conversationId, token } = await call("POST", `/v1/sites/${siteId}/conversations`, {}, {});
  const headers = { authorization: "Bearer " + token };
  const events = async () => {
    const response = await fetch(`${e2e.url}/v1/conversations/${conversationId}/events?after=0`, { headers });
    return ((await response.json()) as { events: ConversationEvent[] }).events;
  };
  return { conversationId, headers, events };
}

/** Asks `text` and waits until Steward has answered it or handed the conversation over. */
async function asks(siteId: string, text: string): Promise<Customer> {
  const customer = await customerOf(siteId);
  await call("POST", `/v1/conversations/${customer.conversationId}/messages`, { clientMessageId: "m1", text }, customer.headers);
  await expect.poll(async () => (await customer.events()).some((e) => e.type === "state" || (e.type === "message" && e.role !== "customer" && e.seq > 1)), delivered).toBe(true);
  return customer;
}

/** Gives the bot's answer in this conversation a thumbs up, as the widget's rating buttons do. */
async function likesTheAnswer(customer: Customer): Promise<void> {
  const answer = (await customer.events()).find((e) => e.type === "message" && e.role === "bot");
  if (!answer) throw new Error("the bot did not answer, so there is nothing to rate");
  await call("POST", `/v1/conversations/${customer.conversationId}/rating`, { seq: answer.seq, rating: "up" }, customer.headers);
}

/** An agent takes the conversation over and answers it, through the agent API the inbox uses. */
async function agentAnswers(customer: Customer): Promise<void> {
  const agent = { authorization: "Bearer local-agent-token" };
  const path = `/v1/agent/conversations/${customer.conversationId}`;
  await call("POST", `${path}/claim`, { agent: "Ana" }, agent);
  await call("POST", `${path}/messages`, { clientMessageId: "a1", text: "Hello, Ana here. How can I help?", agent: "Ana" }, agent);
}

/** Presses the widget's "talk to a person" button, through the route the button calls. */
async function pressesHandoff(siteId: string): Promise<Customer> {
  const customer = await customerOf(siteId);
  await call("POST", `/v1/conversations/${customer.conversationId}/handoff`, {}, customer.headers);
  return customer;
}

/** A new tab on `path`, signed in to `siteId`'s dashboard. */
async function signIn(siteId: string, { token = ADMIN_TOKEN, path = "/admin" } = {}): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.url + path);
  await page.getByLabel("Admin token").fill(token);
  await page.getByLabel("Site id").fill(siteId);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

/** Keeps a picture of the page for whoever reviews the dashboard's look. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(root, "test-results"), { recursive: true });
  await page.screenshot({ path: join(root, "test-results", name), fullPage: true });
}

/** The big number shown under a headline figure's name. */
const figure = (page: Page, name: string) => page.locator(".figure", { has: page.locator("dt", { hasText: new RegExp(`^${name}$`) }) }).locator(".value");

/**
 * Reloads the page until `read` returns what is expected (the analytics arrive a moment after the turns).
 * `shown` is what the page shows once its data has loaded, so a value is never read from a page still loading.
 */
async function reloadUntil<T>(page: Page, shown: Locator, read: () => Promise<T>, expected: T): Promise<void> {
  await expect
    .poll(async () => {
      await shown.first().waitFor();
      const value = await read();
      if (JSON.stringify(value) !== JSON.stringify(expected)) await page.reload();
      return value;
    }, delivered)
    .toEqual(expected);
}

const barLabels = (chart: Locator) => chart.locator("text.bar-label").allTextContents();

describe("the owner dashboard", () => {
  it("counts the period's conversations, ratings and reply times, names why people were asked for, and draws the charts", async () => {
    const siteId = await siteWithKnowledge("admin-dash", "auto");
    await likesTheAnswer(await asks(siteId, "How many days do I have to return an item?"));
    await agentAnswers(await asks(siteId, "I would like to talk to a person, please."));
    await asks(siteId, "What is the best recipe for banana bread?");
    await pressesHandoff(siteId);

    const page = await signIn(siteId);
    const conversations = figure(page, "Conversations");
    await reloadUntil(page, conversations, () => conversations.textContent(), "4");
    expect(await page.locator(".bar").textContent()).toContain(`site ${siteId}`);
    // The person asked for in words, and the one who pressed the button, are told apart in plain language.
    const escalations = page.getByRole("img", { name: "Escalations by reason" });
    await reloadUntil(page, conversations, async () => (await barLabels(escalations)).filter((l) => l.startsWith("Asked") || l.startsWith("Pressed")).sort(), [
      "Asked for a person",
      "Pressed 'talk to a person'",
    ]);
    // The headline counts every handoff once, the button press included; the chart counts each reason of it.
    const perReason = (await escalations.locator("text.bar-value").allTextContents()).map(Number);
    const handoffs = Number(await figure(page, "Escalations").textContent());
    expect(handoffs).toBeGreaterThanOrEqual(3);
    expect(handoffs).toBeLessThanOrEqual(perReason.reduce((a, b) => a + b, 0));

    // Today has decisions, so the automation line has a point for it, readable on focus.
    const line = page.getByRole("group", { name: "Automation rate by day" });
    const points = line.getByRole("img");
    expect(await points.count()).toBeGreaterThanOrEqual(1);
    expect(await points.last().getAttribute("aria-label")).toMatch(/^\d+ \w+: \d+%, \d+ of \d+ sent automatically$/);
    const valueShown = () => points.last().locator("text").evaluate((label) => getComputedStyle(label).opacity);
    expect(await valueShown()).toBe("0");
    await points.last().focus();
    expect(await valueShown()).toBe("1");
    expect(await figure(page, "Automation rate").textContent()).toMatch(/^\d+%$/);
    // Checks ran on three messages; the one that spotted the request for a person blocked at least once.
    const checks = page.getByRole("img", { name: "Block rate by checkpoint" });
    expect(await barLabels(checks)).toContain("Asked for a person");
    expect(await checks.locator(".bar-row", { hasText: "Asked for a person" }).locator("text.bar-value").textContent()).toMatch(/^\d+% · [1-9]\d* of 3$/);

    await reloadUntil(page, conversations, () => figure(page, "Ratings").textContent(), "100% positive");
    // The agent answered within seconds of the handoff.
    await reloadUntil(page, conversations, async () => /^\d+ s$/.test((await figure(page, "Median first human reply").textContent()) ?? ""), true);
    const ratings = page.getByRole("img", { name: "Answer ratings" });
    expect(await ratings.locator("text.bar-value").allTextContents()).toEqual(["1", "0"]);

    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download analytics as CSV" }).click();
    const download = await csv;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^steward-${siteId}-analytics-\\d{4}-\\d{2}-\\d{2}-to-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(readFileSync(await download.path(), "utf8").split("\n")[0]).toContain("conversations");
    await screenshot(page, "admin-overview.png");

    // A period before any of it happened shows none of it; a reversed period is refused on the spot.
    const period = page.getByRole("form", { name: "Reporting period" });
    await period.getByLabel("From").fill("2020-01-14");
    await period.getByLabel("To").fill("2020-01-01");
    await period.getByRole("button", { name: "Show" }).click();
    expect(await period.getByRole("alert").textContent()).toBe("The start date is after the end date.");
    await period.getByLabel("From").fill("2020-01-01");
    await period.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => conversations.textContent()).toBe("0");
    await page.getByText("No escalations in this period.").waitFor();
    expect(await points.count()).toBe(0);
    await page.close();
  });

  it("finds a conversation by its id and opens its audit trail with every check of its decision", async () => {
    const siteId = await siteWithKnowledge("admin-audit", "auto");
    const person = await asks(siteId, "I would like to talk to a person, please.");
    await asks(siteId, "How many days do I have to return an item?");

    const page = await signIn(siteId);
    await page.getByRole("link", { name: "Conversations" }).click();
    const found = page.locator("a.entry");
    await expect.poll(() => found.count(), delivered).toBe(2);
    // The full id, as pasted from a webhook's link; a refused search would show its reason in an alert.
    await page.getByLabel("Search conversations").fill(person.conversationId);
    const answer = async () => ({ results: await found.count(), problems: await page.getByRole("alert").allTextContents() });
    await expect.poll(answer, delivered).toEqual({ results: 1, problems: [] });
    expect(await found.getAttribute("href")).toBe(`#/conversations/${person.conversationId}`);
    await found.click();

    const trail = page.getByRole("article", { name: "Audit trail" });
    await trail.locator(".message.customer p", { hasText: "I would like to talk to a person, please." }).waitFor();
    await reloadUntil(page, trail.locator(".timeline"), () => trail.getByRole("table", { name: "Checks", exact: true }).count(), 1);
    const decision = trail.locator("article.decision");
    expect(await decision.locator(".outcome").textContent()).toBe("Handed to a person");
    expect(await decision.locator(".reason").allTextContents()).toContain("Asked for a person");
    const row = decision.getByRole("row", { name: /^human_request/ });
    expect(await row.locator(".verdict").textContent()).toBe("block");
    const [score, threshold] = await row.locator("td.num").allTextContents();
    expect(score).toMatch(/^\d\.\d\d$/);
    expect(threshold).toMatch(/^\d\.\d\d$/);
    expect(Number(score)).toBeGreaterThanOrEqual(Number(threshold));
    expect((await row.locator("td").nth(3).textContent())!.length).toBeGreaterThan(0);
    // The state change that followed is part of the trail too.
    await trail.locator(".state-line", { hasText: "Handed to a person: Asked for a person" }).waitFor();
    await screenshot(page, "admin-audit.png");

    // A shared link opens the same trail in a new tab, once signed in there (sign-in lasts one tab).
    const direct = await signIn(siteId, { path: `/admin#/conversations/${person.conversationId}` });
    await direct.getByRole("table", { name: "Checks", exact: true }).waitFor();
    await Promise.all([page.close(), direct.close()]);
  });

  it("shows in shadow mode what would have been sent, and why the rest would not", async () => {
    const siteId = await siteWithKnowledge("admin-shadow", "shadow");
    await asks(siteId, "How many days do I have to return an item?");
    await asks(siteId, "What is the best recipe for banana bread?");

    const page = await signIn(siteId);
    const panel = page.getByRole("region", { name: "Shadow mode" });
    await panel.getByText("This site is in shadow mode", { exact: false }).waitFor();
    const decided = panel.locator(".figure", { has: page.locator("dt", { hasText: "Decided in shadow mode" }) }).locator(".value");
    await reloadUntil(page, panel.locator(".figure, .empty"), () => decided.allTextContents(), ["2"]);
    const sent = Number(await panel.locator(".figure", { has: page.locator("dt", { hasText: "Would have been sent" }) }).locator(".value").textContent());
    expect(sent).toBeLessThanOrEqual(1);
    // The off-topic question would not have been answered, and the panel says why in plain words.
    const why = await barLabels(panel.getByRole("img", { name: "Why the other replies would not have been sent" }));
    expect(why.length).toBeGreaterThan(0);
    expect(why.every((label) => !label.includes("_"))).toBe(true);
    await screenshot(page, "admin-shadow.png");
    await page.close();
  });

  it("refuses a wrong token on the sign-in screen, says so on the token field, and stores nothing", async () => {
    const page = await signIn("demo", { token: "not-the-token" });
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("This token was refused.");
    expect(await page.getByLabel("Admin token").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });

  it("keeps the owner signed in across a reload of the tab, and signs out on request", async () => {
    const page = await signIn("demo");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Admin token").waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });
});
