// The AI's held-back drafts in the agent inbox. A site of its own in "suggest" mode (the bot drafts, never
// sends), so every answer waits for an agent and the demo site other tests use is left as it is.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { MessageEvent } from "../../shared/protocol.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();
const ADMIN = { authorization: "Bearer local-admin-token", "content-type": "application/json" };

async function call(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const response = await fetch(e2e.url + path, { method, headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * A site whose bot only suggests, knowing one article about refunds. Its checks get a generous time
 * limit: a check over its limit fails closed before any draft is made, and a cold `wrangler dev` on a
 * busy test machine is no measure of the checks' speed (the benchmarks are).
 */
async function suggestingSite(): Promise<string> {
  const siteId = "agent-drafts-" + Date.now().toString(36);
  await call("PUT", `/v1/admin/sites/${siteId}`, { mode: "suggest", limits: { checkTimeoutMs: 5000 } }, ADMIN);
  const article = {
    id: "refunds",
    title: "Refunds",
    text: "Refunds are paid back to the original card within 5 business days after we receive the returned item.",
  };
  await call("PUT", `/v1/admin/sites/${siteId}/knowledge`, { articles: [article] }, ADMIN);
  return siteId;
}

/** A customer of `siteId` (through the API, as their widget would) asking one question. */
async function customerAsks(siteId: string, text: string) {
  const { conversationId, token } = await call("POST", `/v1/sites/${siteId}/conversations`, {}, { "content-type": "application/json" });
  const auth = { authorization: "Bearer " + token, "content-type": "application/json" };
  const ask = (question: string) => call("POST", `/v1/conversations/${conversationId}/messages`, { clientMessageId: question, text: question }, auth);
  await ask(text);
  const messages = async (): Promise<MessageEvent[]> => {
    const { events } = await (await fetch(`${e2e.url}/v1/conversations/${conversationId}/events?after=0`, { headers: auth })).json();
    return events.filter((event: { type: string }) => event.type === "message");
  };
  return { conversationId, ask, messages };
}

async function openInbox(siteId: string, name: string): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(`${e2e.url}/agent?site=${siteId}`);
  await page.getByLabel("Agent token").fill("local-agent-token");
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator(".live.open").waitFor();
  return page;
}

describe("AI drafts in the agent inbox", () => {
  it("lets the agent send the draft as is, or edit it first, and the customer gets what the agent chose", async () => {
    const siteId = await suggestingSite();
    const customer = await customerAsks(siteId, "How long does a refund take to reach my card?");
    const inbox = await openInbox(siteId, "Ana");

    // Which reason holds the draft back (review in suggest mode, or a failed post-check) is the guard's
    // business; the inbox's is to offer the draft in every case.
    await inbox.locator(`.group.waiting_human a.entry[href="#/conversations/${customer.conversationId}"]`).click({ timeout: 15_000 });

    const card = inbox.getByRole("region", { name: "AI draft" });
    await card.waitFor();
    const draft = (await card.locator(".draft-text").textContent())!;
    expect(draft).toContain("5 business days");
    expect(await card.textContent()).toContain("How long does a refund take to reach my card?");

    // Edit: the draft moves into the reply box, the agent changes it, and only the changed text is sent.
    await card.getByRole("button", { name: "Edit" }).click();
    const reply = inbox.getByLabel("Reply to the customer");
    expect(await reply.inputValue()).toBe(draft);
    await expect.poll(() => inbox.evaluate(() => document.activeElement?.id)).toBe("reply-text");
    await reply.press("End");
    await reply.pressSequentially(" Ana");
    await reply.press("Enter");
    await expect.poll(async () => (await customer.messages()).filter((m) => m.role === "agent").map((m) => m.text)).toEqual([draft + " Ana"]);
    expect(await card.count()).toBe(0);

    // Back to the bot, a new question, a new draft: sent unchanged with one click.
    await inbox.getByRole("button", { name: "Hand back to bot" }).click();
    await inbox.locator(`.group.bot a.entry[href="#/conversations/${customer.conversationId}"]`).waitFor();
    await customer.ask("And when is a refund paid back exactly?");
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toContain("And when is a refund paid back exactly?");
    const second = (await card.locator(".draft-text").textContent())!;
    await card.getByRole("button", { name: "Send as is" }).click();
    await expect
      .poll(async () => (await customer.messages()).filter((m) => m.role === "agent").map((m) => [m.text, m.author]), { timeout: 15_000 })
      .toEqual([
        [draft + " Ana", "Ana"],
        [second, "Ana"],
      ]);
    await card.waitFor({ state: "detached" });
    await inbox.close();
  });

  it("puts a discarded draft away without sending anything", async () => {
    const siteId = await suggestingSite();
    const customer = await customerAsks(siteId, "How long does a refund take to reach my card?");
    const inbox = await openInbox(siteId, "Bo");
    await inbox.locator(`a.entry[href="#/conversations/${customer.conversationId}"]`).click({ timeout: 15_000 });
    const card = inbox.getByRole("region", { name: "AI draft" });
    await card.getByRole("button", { name: "Discard" }).click();
    await card.waitFor({ state: "detached" });
    // Still put away after a reload of the tab.
    await inbox.reload();
    await inbox.locator(".decisions details.decision").first().waitFor();
    expect(await card.count()).toBe(0);
    expect((await customer.messages()).filter((m) => m.role === "agent")).toEqual([]);
    await inbox.close();
  });
});
