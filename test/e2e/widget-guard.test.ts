// What leaves the page when a customer writes: card numbers, IBANs and phone numbers are hidden before
// the message is sent (and before it is stored for a retry), the customer is told, and a message over
// the length limit waits until it is shortened.
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverMessages } from "./harness/server-view.ts";
import { input, lines, openChat, openPageWith, openStore, panel, savedAccess, send, soon, waitForDelivered, widgetTag } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

/** Every request body the page sends from now on. */
function recordBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on("request", (request: Request) => bodies.push(request.postData() ?? ""));
  return bodies;
}

const customerTexts = async (page: Page) =>
  (await serverMessages(e2e.url, (await savedAccess(page))!)).filter((message) => message.role === "customer").map((message) => message.text);

const sendButton = (page: Page) => panel(page).getByRole("button", { name: "Send" });

describe("personal data in a customer's message", () => {
  it("hides a card number before the message leaves the page, keeps the order number, and says what was hidden", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    const bodies = recordBodies(page);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await openChat(page);
    expect(requested.some((url) => url.endsWith("/widget-guard.js"))).toBe(false);

    await send(page, "My card 4242 4242 4242 4242 was charged twice for order 100234");
    const masked = "My card •••• •••• •••• 4242 was charged twice for order 100234";
    await waitForDelivered(page, masked);

    expect(await customerTexts(page)).toEqual([masked]);
    expect(bodies.filter((body) => body.includes("4242 4242"))).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain("4242 4242");
    const shown = (await lines(page)).find((line) => line.role === "customer")!;
    expect(shown).toMatchObject({ text: masked, masked: "Card number hidden for your safety" });

    // The notice is the customer's record of what happened: it is still there after a reload.
    await page.reload();
    await openChat(page);
    await expect.poll(async () => (await lines(page)).find((line) => line.role === "customer")?.masked, soon).toBe("Card number hidden for your safety");
    await page.close();
  });

  it("leaves order numbers, amounts, dates and sizes as they were written", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await openChat(page);
    const text = "Order #100234567 (2 pairs, size 42, €129.90 on 12/05/2025) and invoice 2024123456";
    await send(page, text);
    await waitForDelivered(page, text);
    expect(await customerTexts(page)).toEqual([text]);
    expect((await lines(page)).find((line) => line.role === "customer")!.masked).toBe("");
    await page.close();
  });

  it("hides an IBAN and a French phone number for a French visitor, and says so in French", async () => {
    const page = await openPageWith(
      e2e.browser.context,
      e2e.url,
      "/fr-guard.html",
      `<!doctype html><html lang="fr"><body>${widgetTag('data-language="fr"')}</body></html>`,
    );
    await openChat(page);
    await send(page, "Remboursez-moi sur FR76 3000 6000 0112 3456 7890 189, appelez le 06 12 34 56 78");
    const masked = "Remboursez-moi sur FR•• •••• •••• •••• •••• •••0 189, appelez le •• •• •• •• 78";
    await waitForDelivered(page, masked);
    expect(await customerTexts(page)).toEqual([masked]);
    expect((await lines(page)).find((line) => line.role === "customer")!.masked).toBe(
      "Numéro de compte bancaire masqué pour votre sécurité\nNuméro de téléphone masqué pour votre sécurité",
    );
    await page.close();
  });

  it("never sends a message with digits unchecked: it waits in the box until the guard can be fetched", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    await page.route("**/widget-guard.js", (route) => route.abort("connectionrefused"));
    const bodies = recordBodies(page);
    await openChat(page);
    await send(page, "Call me on +33 6 12 34 56 78");
    const alert = panel(page).getByRole("alert");
    await expect.poll(() => alert.textContent(), soon).toBe(
      "We couldn't check your message for card or phone numbers, so it was not sent. Please try again.",
    );
    expect(await input(page).inputValue()).toBe("Call me on +33 6 12 34 56 78");
    expect(bodies.filter((body) => body.includes("12 34 56"))).toEqual([]);

    await page.unroute("**/widget-guard.js");
    await input(page).press("Enter");
    await waitForDelivered(page, "Call me on +•• • •• •• •• 78");
    expect(await customerTexts(page)).toEqual(["Call me on +•• • •• •• •• 78"]);
    await page.close();
  });
});

describe("the length limit", () => {
  it("shows a counter near the limit, and holds a message over it with a clear reason until it is shortened", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    const bodies = recordBodies(page);
    await openChat(page);
    const counter = panel(page).locator("#steward-count [aria-hidden]");

    await input(page).fill("a".repeat(3000));
    expect(await counter.count()).toBe(0);
    await input(page).fill("a".repeat(3700));
    expect(await counter.textContent()).toBe("3,700 / 4,000");

    const long = "Too long. " + "b".repeat(4040);
    await input(page).fill(long);
    expect(await counter.textContent()).toBe("4,050 / 4,000");
    expect(await panel(page).getByRole("alert").textContent()).toBe(
      "This message is 4,050 characters long; the limit is 4,000. Shorten it to send it.",
    );
    expect(await sendButton(page).isDisabled()).toBe(true);
    await input(page).press("Enter");
    await page.waitForTimeout(300);
    expect(await input(page).inputValue()).toBe(long);
    expect(bodies.filter((body) => body.includes("Too long."))).toEqual([]);

    const fits = long.slice(0, 4000);
    await input(page).fill(fits);
    expect(await panel(page).getByRole("alert").count()).toBe(0);
    await input(page).press("Enter");
    await waitForDelivered(page, fits);
    expect(await customerTexts(page)).toEqual([fits]);
    await page.close();
  });
});
