import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../guard/policy.ts";
import type { Passage } from "../guard/types.ts";
import { buildIndex } from "../knowledge/knowledge-index.ts";
import { parseMarkdownArticles } from "../knowledge/parse-markdown.ts";
import { createExtractiveProvider, MIN_PASSAGE_SCORE } from "./extractive.ts";
import { describeProviderContract } from "./provider-contract.ts";
import type { DraftRequest } from "./types.ts";

describeProviderContract("extractive", { make: createExtractiveProvider });

const passage = (articleId: string, text: string, score: number, language = "en"): Passage => ({ articleId, title: articleId, text, score, language });
const ask = (message: string, passages: Passage[], language = "en"): DraftRequest => ({ message, language, history: [], passages, policy: defaultPolicy });
const provider = createExtractiveProvider();

describe("extractive replies", () => {
  it("quotes the sentence that answers the question and the one that completes it, verbatim", async () => {
    const returns = passage(
      "returns",
      "We want you to love your order. Unworn shoes can be returned within 30 days. Print the label from your account. Gift cards cannot be refunded.",
      0.9,
    );
    const draft = await provider.draft(ask("Can I return shoes I have not worn?", [returns]));
    expect(draft.text).toBe("Unworn shoes can be returned within 30 days. Print the label from your account.");
    expect(draft.passages).toEqual([{ articleId: "returns", title: "returns", score: 0.9 }]);
  });

  it("answers a question/answer pair with the opening of its answer", async () => {
    const qa = passage("where-is-my-order", "Open the tracking link in your confirmation email. It updates every hour. Contact us if it has not moved for 3 days.", 1);
    const draft = await provider.draft(ask("where is my order", [qa]));
    expect(draft.text).toBe("Open the tracking link in your confirmation email. It updates every hour.");
  });

  it("leads with the sentence holding the fact asked for, wherever it is in the passage", async () => {
    const returns = passage(
      "returns",
      "We want you to love your order. Returned items must be unworn. Print the return label from your account. You have 30 days to return an item.",
      0.9,
    );
    const draft = await provider.draft(ask("How long do I have to return an item?", [returns]));
    expect(draft.text.startsWith("You have 30 days to return an item.")).toBe(true);
  });

  it("reads 'combien' as a question about an amount and answers with the sentence that states one", async () => {
    const shipping = passage("livraison", "La livraison est rapide. La livraison standard coûte 4,90 €. La livraison se fait à domicile.", 0.9, "fr");
    const draft = await provider.draft(ask("Combien pour la livraison ?", [shipping], "fr"));
    expect(draft.text.startsWith("La livraison standard coûte 4,90 €.")).toBe(true);
  });

  it("drafts nothing from knowledge that matches the question too weakly to answer it", async () => {
    const weak = passage("gift-cards", "Gift cards are valid for 12 months.", MIN_PASSAGE_SCORE - 0.01);
    const draft = await provider.draft(ask("Can you gift wrap my order?", [weak]));
    expect(draft).toMatchObject({ text: "", passages: [] });
  });

  it("stays short: at most four sentences", async () => {
    const long = passage("fees", Array.from({ length: 12 }, (_, i) => `Fee ${i} applies to express orders.`).join(" "), 1);
    const draft = await provider.draft(ask("which fees apply to express orders", [long]));
    expect(draft.text.match(/\./g)?.length).toBeLessThanOrEqual(4);
  });

  it("adds a sentence from a second passage when the question asks something the first does not cover", async () => {
    const ship = passage("shipping", "Parcels to Canada arrive in 5 to 7 business days.", 0.8);
    const cost = passage("costs", "Shipping is free above 50 euros. Customs fees are paid on delivery.", 0.7);
    const draft = await provider.draft(ask("How long does delivery to Canada take and are there customs fees?", [ship, cost]));
    expect(draft.text).toBe("Parcels to Canada arrive in 5 to 7 business days. Customs fees are paid on delivery.");
    expect(draft.passages.map((p) => p.articleId)).toEqual(["shipping", "costs"]);
  });

  it("leaves out a second passage that answers only part of what the first left unanswered", async () => {
    const exchange = passage("exchanges", "You can exchange an item for another size within 30 days.", 0.8);
    const fit = passage("fit", "For a slim fit jacket, we recommend the larger size.", 0.75);
    const draft = await provider.draft(ask("Can I exchange my jacket for a larger size in blue?", [exchange, fit]));
    expect(draft.passages.map((p) => p.articleId)).toEqual(["exchanges"]);
  });

  it("leaves out a weaker passage even if it shares words with the question", async () => {
    const ship = passage("shipping", "Parcels to Canada arrive in 5 to 7 business days.", 0.9);
    const weak = passage("customs", "Customs fees are paid on delivery.", 0.3);
    const draft = await provider.draft(ask("delivery to Canada and customs?", [ship, weak]));
    expect(draft.passages.map((p) => p.articleId)).toEqual(["shipping"]);
  });

  it("replies from passages in the customer's language when the knowledge has them", async () => {
    const en = passage("returns-en", "You can return an item within 30 days.", 0.9, "en");
    const fr = passage("returns-fr", "Vous pouvez retourner un article sous 30 jours.", 0.6, "fr");
    const draft = await provider.draft(ask("Puis-je retourner un article ?", [en, fr], "fr"));
    expect(draft.text).toBe("Vous pouvez retourner un article sous 30 jours.");
  });

  it("says the language of the passages it quoted, and none when it does not know it", async () => {
    const fr = passage("returns-fr", "Vous pouvez retourner un article sous 30 jours.", 0.9, "fr");
    expect((await provider.draft(ask("Puis-je retourner un article ?", [fr], "fr"))).language).toBe("fr");
    const unknown: Passage = { articleId: "returns", title: "returns", text: "You can return an item within 30 days.", score: 0.9 };
    expect((await provider.draft(ask("Can I return an item?", [unknown]))).language).toBeUndefined();
  });

  it("keeps list items on their own lines", async () => {
    const methods = passage("refund-methods", "Refunds can be made to:\n- a gift card\n- your credit card", 1);
    const draft = await provider.draft(ask("how can refunds be made", [methods]));
    expect(draft.text).toBe("Refunds can be made to:\n- a gift card\n- your credit card");
  });

  it("answers from an uploaded Markdown article with no model at all, quoting it as plain text", async () => {
    const upload = parseMarkdownArticles([
      "---\nid: returns\ntitle: Returns and refunds\n---\nWe hope you love your order.\n\n## Returns\n\nYou can return **unworn** items within 30 days. Print the return label from [your account](https://shop.example/account).\n\n## Refunds\n\nRefunds reach your card within 5 business days.",
      "---\nid: shipping\ntitle: Shipping\n---\nParcels to Canada arrive in 5 to 7 business days.",
    ]);
    if (!upload.ok) throw new Error(upload.errors.join("; "));
    const passages = buildIndex(upload.articles).search("How long until my refund reaches my card?", "en");
    const draft = await provider.draft(ask("How long until my refund reaches my card?", passages));
    expect(draft.text).toBe("Refunds reach your card within 5 business days.");
    expect(draft.passages[0]).toMatchObject({ articleId: "returns", title: "Returns and refunds › Refunds" });
  });
});
