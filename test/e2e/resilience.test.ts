// Bad networks: offline, an unreachable service, lost answers and dropped sockets. Whatever happens,
// every message the visitor wrote reaches the server exactly once and the transcript ends up equal to
// the server's, with nothing missing and nothing twice.
import type { WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sendFromOutside, serverEvents, serverMessages } from "./harness/server-view.ts";
import { banner, expectSameAsServer, lines, openChat, openStore, savedAccess, send, soon, waitForAnswerTo, waitForDelivered } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

describe("sending over a bad connection", () => {
  it("queues a message written offline and delivers it exactly once when the connection returns", async () => {
    const { context } = e2e.browser;
    const page = await openStore(context, e2e.url);
    await openChat(page);
    await send(page, "Hello");
    await waitForAnswerTo(page, "Hello");

    await context.setOffline(true);
    try {
      await expect.poll(() => banner(page).textContent(), soon).toMatch(/offline/i);
      await send(page, "Is the Fjord sweater itchy?");
      const queued = (await lines(page)).at(-1)!;
      expect(queued).toMatchObject({ role: "customer", tone: "pending", text: "Is the Fjord sweater itchy?" });
      expect(queued.note).toMatch(/not sent yet/i);
      // Long enough for the queue to have tried, failed and scheduled more attempts.
      await page.waitForTimeout(2500);
    } finally {
      await context.setOffline(false);
    }

    await waitForDelivered(page, "Is the Fjord sweater itchy?");
    await expect.poll(() => banner(page).count(), soon).toBe(0);
    await expectSameAsServer(page, e2e.url);
    const customer = (await serverMessages(e2e.url, (await savedAccess(page))!)).filter((m) => m.role === "customer");
    expect(customer.map((m) => m.text)).toEqual(["Hello", "Is the Fjord sweater itchy?"]);
    await page.close();
  });

  it("retries a send whose answer was lost, and the server keeps one copy", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    let lost = 0;
    await page.route("**/v1/conversations/*/messages", async (route) => {
      if (lost > 0) return route.continue();
      lost++;
      await route.fetch(); // the server receives and stores the message…
      await route.abort("connectionreset"); // …but the widget never hears back.
    });
    await openChat(page);
    const retried = page.waitForResponse((response) => response.url().endsWith("/messages"));
    await send(page, "Where is my parcel?");
    expect((await retried).status()).toBe(200);
    expect(lost).toBe(1);
    await waitForDelivered(page, "Where is my parcel?");
    await expectSameAsServer(page, e2e.url);

    const customer = (await serverMessages(e2e.url, (await savedAccess(page))!)).filter((m) => m.role === "customer");
    expect(customer.map((m) => m.text)).toEqual(["Where is my parcel?"]);
    await page.close();
  });

  it("says the service is unreachable, keeps the unsent message across a reload, and sends it once back", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await page.route("**/v1/**", (route) => route.abort("connectionrefused"));
    await openChat(page);
    await send(page, "Can I change my delivery address?");
    await expect.poll(() => banner(page).textContent(), soon).toMatch(/can't reach the support service/i);
    expect((await lines(page)).at(-1)).toMatchObject({ tone: "pending", text: "Can I change my delivery address?" });

    await page.reload();
    await openChat(page);
    await expect.poll(() => banner(page).textContent(), soon).toMatch(/can't reach the support service/i);
    expect((await lines(page)).at(-1)).toMatchObject({ tone: "pending", text: "Can I change my delivery address?" });

    await page.unroute("**/v1/**");
    await banner(page).getByRole("button", { name: "Try again now" }).click();
    await waitForAnswerTo(page, "Can I change my delivery address?");
    await expect.poll(() => banner(page).count(), soon).toBe(0);
    await expectSameAsServer(page, e2e.url);
    const customer = (await serverMessages(e2e.url, (await savedAccess(page))!)).filter((m) => m.role === "customer");
    expect(customer.map((m) => m.text)).toEqual(["Can I change my delivery address?"]);
    await page.close();
  });
});

describe("receiving over a dropped connection", () => {
  it("resumes after a drop from the last event it had: what happened meanwhile appears once, in order", async () => {
    const page = await e2e.browser.context.newPage();
    const sockets: WebSocketRoute[] = [];
    let down = false;
    const urls: string[] = [];
    await page.routeWebSocket(/\/socket\?/, (socket) => {
      urls.push(socket.url());
      if (down) return socket.close();
      sockets.push(socket);
      socket.connectToServer();
    });
    await page.goto(e2e.url + "/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openChat(page);
    await send(page, "Hello");
    await waitForAnswerTo(page, "Hello");
    const access = (await savedAccess(page))!;
    const seenBeforeDrop = (await serverEvents(e2e.url, access)).at(-1)!.seq;

    // The network drops: the socket dies and neither it nor the HTTP catch-up can get through.
    down = true;
    await page.route("**/v1/conversations/*/events*", (route) => route.abort("connectionrefused"));
    for (const socket of sockets.splice(0)) await socket.close();
    await expect.poll(() => banner(page).textContent(), soon).toMatch(/can't reach the support service/i);

    // Meanwhile the conversation goes on: the customer writes from their phone and gets an answer.
    await sendFromOutside(e2e.url, access, "phone-1", "I wrote this from my phone");
    await page.waitForTimeout(1000);
    expect((await lines(page)).some((line) => line.text === "I wrote this from my phone")).toBe(false);

    down = false;
    await page.unroute("**/v1/conversations/*/events*");
    await waitForDelivered(page, "I wrote this from my phone");
    await expect.poll(() => banner(page).count(), soon).toBe(0);
    await expectSameAsServer(page, e2e.url);
    // The reconnection asked only for what came after the last event shown before the drop.
    expect(urls.at(-1)).toContain(`after=${seenBeforeDrop}`);
    await page.close();
  });
});
