// What a site owner controls from the embed tag and from the page: the data attributes, theming
// through CSS custom properties, and the window.Steward API, including calls made before it loaded.
import { describe, expect, it } from "vitest";
import { putSitePolicy } from "./harness/server-view.ts";
import { banner, launcher, lines, openChat, openPageWith, openStore, panel, send, soon, waitForAnswerTo, widgetTag as tag } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();
const pageWith = (path: string, body: string) => openPageWith(e2e.browser.context, e2e.url, path, body);

describe("embedding the widget", () => {
  it("replays calls queued before the loader ran, and reports open, close and messages to the page", async () => {
    const page = await pageWith(
      "/queued.html",
      `<!doctype html><html lang="en"><body><h1>Shop</h1><script>
        window.Steward = window.Steward || { q: [] };
        ["open", "close", "toggle", "setUser", "on"].forEach(function (m) {
          Steward[m] = Steward[m] || function () { Steward.q.push([m].concat([].slice.call(arguments))); };
        });
        window.seen = [];
        Steward.on("open", function () { seen.push("open"); });
        Steward.on("close", function () { seen.push("close"); });
        Steward.on("message", function (m) { seen.push(m.role + ": " + m.text); });
        Steward.setUser({ id: "c-42", email: "ada@example.com", name: "Ada" });
        Steward.open();
      </script>${tag("")}</body></html>`,
    );
    await panel(page).waitFor({ state: "visible" });
    await send(page, "Hi there");
    const answer = await waitForAnswerTo(page, "Hi there");
    await page.evaluate(() => (window as unknown as { Steward: { close(): void } }).Steward.close());
    await panel(page).waitFor({ state: "hidden" });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      "open",
      "customer: Hi there",
      `${answer.role}: ${answer.text}`,
      "close",
    ]);
    await page.close();
  });

  it("speaks the language asked for by data-language", async () => {
    const page = await pageWith("/fr.html", `<!doctype html><html lang="fr"><body>${tag('data-language="fr"')}</body></html>`);
    expect(await launcher(page).getAttribute("aria-label")).toBe("Ouvrir la discussion");
    await openChat(page);
    expect((await lines(page))[0].text).toBe(
      "Vous échangez avec un assistant automatique. Vous pouvez demander à parler à une personne à tout moment.",
    );
    expect(await page.locator("#steward-widget .handoff").textContent()).toBe("Parler à une personne");
    await page.close();
  });

  it("takes the greeting, position and colour from the tag, with readable text on a light colour", async () => {
    const page = await pageWith(
      "/themed.html",
      `<!doctype html><html><body>${tag('data-position="left" data-color="#ffd23f" data-greeting="Welcome to the shop!"')}</body></html>`,
    );
    const box = (await launcher(page).boundingBox())!;
    expect(box.x).toBeLessThan(100);
    const colours = await launcher(page).evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    expect(colours).toEqual(["rgb(255, 210, 63)", "rgb(17, 17, 17)"]);
    await openChat(page);
    expect((await lines(page)).map((line) => line.text)[1]).toBe("Welcome to the shop!");
    await page.close();
  });

  it("greets with the site's own greeting when the tag gives none, in the visitor's language", async () => {
    await putSitePolicy(e2e.url, "greeter", { messages: { greeting: { en: "Hello from Northwind!", fr: "Bonjour de Northwind !" } } });
    const page = await pageWith("/greeter.html", `<!doctype html><html lang="fr"><body>${tag('data-language="fr"', "greeter")}</body></html>`);
    await openChat(page);
    await expect.poll(async () => (await lines(page)).map((line) => line.text)[1], soon).toBe("Bonjour de Northwind !");
    await page.close();
  });

  it("speaks a language the site offers when the visitor's is not among them", async () => {
    await putSitePolicy(e2e.url, "french-only", { languages: ["fr"] });
    const page = await pageWith("/french-only.html", `<!doctype html><html lang="en"><body>${tag("", "french-only")}</body></html>`);
    await openChat(page);
    await expect.poll(() => page.locator("#steward-widget .handoff").textContent(), soon).toBe("Parler à une personne");
    expect(await panel(page).getAttribute("lang")).toBe("fr");
    await page.close();
  });

  it("lets the page's CSS custom properties override the tag's colour", async () => {
    const page = await openStore(e2e.browser.context, e2e.url);
    // The demo page sets --steward-accent: #23483f on :root.
    const background = await launcher(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe("rgb(35, 72, 63)");
    await page.close();
  });

  it("tells the visitor plainly when the site does not allow chat on this page", async () => {
    await putSitePolicy(e2e.url, "elsewhere", { allowedOrigins: ["https://shop.example"] });
    const page = await pageWith("/elsewhere.html", `<!doctype html><html><body>${tag("", "elsewhere")}</body></html>`);
    await openChat(page);
    await send(page, "Hello?");
    await expect.poll(() => banner(page).textContent(), soon).toBe("Chat is not available on this page.");
    expect((await lines(page)).at(-1)).toMatchObject({ role: "customer", text: "Hello?", tone: "rejected", note: "Not sent" });
    await page.close();
  });

  it("ignores a second copy of the tag instead of drawing two launchers", async () => {
    const page = await pageWith("/twice.html", `<!doctype html><html><body>${tag("")}${tag("")}</body></html>`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#steward-widget").count()).toBe(1);
    await page.close();
  });
});
