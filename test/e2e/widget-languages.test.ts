// The widget in each of the four languages: the launcher, the panel's controls, and the guard's notice
// say the same things in the visitor's words.
import { describe, expect, it } from "vitest";
import { launcher, lines, openChat, openPageWith, panel, send, soon, waitForDelivered, widgetTag } from "./harness/store-page.ts";
import { useE2E } from "./harness/suite.ts";

const e2e = useE2E();

const expected = {
  en: { open: "Open chat", dialog: "Chat with us", input: "Your message", person: "Talk to a person", send: "Send", close: "Close chat", card: "Card number hidden for your safety" },
  fr: { open: "Ouvrir la discussion", dialog: "Discutons", input: "Votre message", person: "Parler à une personne", send: "Envoyer", close: "Fermer la discussion", card: "Numéro de carte masqué pour votre sécurité" },
  de: { open: "Chat öffnen", dialog: "Schreiben Sie uns", input: "Ihre Nachricht", person: "Mit einem Menschen sprechen", send: "Senden", close: "Chat schließen", card: "Kartennummer zu Ihrer Sicherheit verborgen" },
  es: { open: "Abrir el chat", dialog: "Hablemos", input: "Tu mensaje", person: "Hablar con una persona", send: "Enviar", close: "Cerrar el chat", card: "Número de tarjeta oculto por tu seguridad" },
};

describe("the widget in the visitor's language", () => {
  it.each(Object.entries(expected))("speaks %s", async (language, words) => {
    const page = await openPageWith(
      e2e.browser.context,
      e2e.url,
      `/speaks-${language}.html`,
      `<!doctype html><html lang="${language}"><body>${widgetTag(`data-language="${language}"`)}</body></html>`,
    );
    expect(await launcher(page).getAttribute("aria-label")).toBe(words.open);
    await openChat(page);
    expect(await page.getByRole("dialog", { name: words.dialog }).count()).toBe(1);
    expect(await panel(page).getAttribute("lang")).toBe(language);
    expect(await page.getByRole("textbox", { name: words.input }).count()).toBe(1);
    expect(await panel(page).getByRole("button", { name: words.person }).count()).toBe(1);
    expect(await panel(page).getByRole("button", { name: words.send, exact: true }).count()).toBe(1);
    expect(await panel(page).getByRole("button", { name: words.close }).count()).toBe(1);

    await send(page, "4242 4242 4242 4242");
    await waitForDelivered(page, "•••• •••• •••• 4242");
    await expect.poll(async () => (await lines(page)).find((line) => line.role === "customer")?.masked, soon).toBe(words.card);
    await page.close();
  });
});
