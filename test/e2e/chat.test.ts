// A visitor's ordinary conversation with the widget on the demo store.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { root } from "./harness/server.ts";
import { serverEvents, serverMessages } from "./harness/server-view.ts";
import { expectSameAsServer, handoffButton, launcher, lines, openChat, openStore, panel, savedAccess, send, waitForAnswerTo, waitForDelivered, soon } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

describe("chatting on the demo store", () => {
  it("loads only the launcher with the page, and the panel on first open, all from the Steward server", async () => {
    const requested: string[] = [];
    const page = await e2e.browser.context.newPage();
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(e2e.url + "/");
    await launcher(page).waitFor();
    await page.waitForLoadState("networkidle");
    expect(requested.some((url) => url.endsWith("/widget-panel.js"))).toBe(false);
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("false");

    await openChat(page);
    expect(requested.some((url) => url.endsWith("/widget-panel.js"))).toBe(true);
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("true");
    expect(requested.filter((url) => !url.startsWith(e2e.url + "/") && !url.startsWith("data:"))).toEqual([]);
    await page.close();
  });

  it("starts with the automated-assistant disclosure, shows a sent message and then the answer", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const first = (await lines(page))[0];
    expect(first.role).toBe("bot");
    expect(first.text).toMatch(/automated assistant.*ask for a person at any time/i);
    expect(await savedAccess(page)).toBeUndefined();

    await send(page, "How long do I have to return an item?");
    const answer = await waitForAnswerTo(page, "How long do I have to return an item?");
    expect(answer.text.length).toBeGreaterThan(0);
    expect(await page.locator("#steward-widget #steward-input").inputValue()).toBe("");

    await expectSameAsServer(page, e2e.url);
    const stored = await serverMessages(e2e.url, (await savedAccess(page))!);
    expect(stored.filter((m) => m.role === "customer").map((m) => m.text)).toEqual(["How long do I have to return an item?"]);
    expect(stored.some((m) => m.role !== "customer" && m.text === answer.text)).toBe(true);

    mkdirSync(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: join(root, "test-results", "widget.png") });
    await page.close();
  });

  it("keeps the conversation across a page reload and continues it", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    await send(page, "Do you deliver to Belgium?");
    await waitForAnswerTo(page, "Do you deliver to Belgium?");
    const before = await lines(page);
    const access = await savedAccess(page);

    await page.reload();
    await openChat(page);
    await expect.poll(() => lines(page), soon).toEqual(before);
    expect(await savedAccess(page)).toEqual(access);

    // Whether the bot answers again depends on the first answer (after a handoff it stays silent).
    await send(page, "And to Switzerland?");
    await waitForDelivered(page, "And to Switzerland?");
    const customer = (await serverMessages(e2e.url, access!)).filter((m) => m.role === "customer").map((m) => m.text);
    expect(customer).toEqual(["Do you deliver to Belgium?", "And to Switzerland?"]);
    await expectSameAsServer(page, e2e.url);
    await page.close();
  });

  it("shows that the assistant is typing while an answer is being decided", async () => {
    const page = await e2e.browser.context.newPage();
    // Decisions take milliseconds here; the test speaks for the server to hold the indicator on.
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/socket\?/, (socket) => {
      sockets.push(socket);
      socket.connectToServer();
    });
    await page.goto(e2e.url + "/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openChat(page);
    await send(page, "Hello");
    await waitForAnswerTo(page, "Hello");
    await expect.poll(() => sockets.length, soon).toBeGreaterThan(0);

    const typing = page.getByText("The assistant is typing…");
    expect(await typing.count()).toBe(0);
    sockets.at(-1)!.send(JSON.stringify({ type: "typing", on: true }));
    await typing.waitFor({ state: "attached" });
    expect(await page.locator("#steward-widget .typing[role=status] .dots").isVisible()).toBe(true);
    sockets.at(-1)!.send(JSON.stringify({ type: "typing", on: false }));
    await typing.waitFor({ state: "detached" });
    await page.close();
  });

  it("hands the conversation to a person with one click, announced in the transcript and to the page", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await page.evaluate(() => {
      const w = window as unknown as { handoffs: unknown[]; Steward: { on(name: string, fn: (d: unknown) => void): void } };
      w.handoffs = [];
      w.Steward.on("handoff", (detail) => w.handoffs.push(detail));
    });
    await openChat(page);
    expect(await handoffButton(page).textContent()).toBe("Talk to a person");

    await handoffButton(page).click();
    await expect.poll(async () => (await lines(page)).filter((line) => line.role === "system").length, soon).toBe(1);
    expect(await handoffButton(page).textContent()).toBe("A person has been asked for");
    expect(await panel(page).locator("header p").textContent()).toBe("Waiting for a person");
    expect(await page.evaluate(() => (window as unknown as { handoffs: unknown[] }).handoffs)).toEqual([{ reasons: ["customer_request"] }]);

    const events = await serverEvents(e2e.url, (await savedAccess(page))!);
    expect(events.filter((event) => event.type === "state").map((event) => event.type === "state" && event.state)).toEqual(["waiting_human"]);

    // Pressing it again changes nothing: the request is made once.
    await handoffButton(page).press("Enter");
    await page.waitForTimeout(500);
    expect((await serverEvents(e2e.url, (await savedAccess(page))!)).length).toBe(events.length);
    await page.close();
  });

  it("shows what was written as plain text, never as markup", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const markup = `<img src="x" onerror="window.injected = true"><b>bold</b> <a href="https://evil.example">link</a>`;
    await send(page, markup);
    await waitForAnswerTo(page, markup);
    expect((await lines(page)).some((line) => line.role === "customer" && line.text === markup)).toBe(true);
    expect(await panel(page).locator(".log img, .log b, .log a").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.close();
  });
});
