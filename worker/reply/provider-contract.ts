// The contract every reply provider keeps, as one test suite each provider's test file runs (like Hono's
// router common cases). A provider is given a backend that answers normally, and backends that fail.
import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../guard/policy.ts";
import type { Passage } from "../guard/types.ts";
import { ProviderError } from "./provider-error.ts";
import type { DraftRequest, ReplyProvider } from "./types.ts";

export const contractPassages: Passage[] = [
  {
    articleId: "returns",
    title: "Returns",
    text: "You can return an unused item within 30 days of delivery. Use the prepaid label that came in the parcel. Refunds reach your card within 5 business days.",
    score: 0.9,
    language: "en",
  },
  { articleId: "shipping", title: "Shipping", text: "Parcels to Canada arrive in 5 to 7 business days.", score: 0.4, language: "en" },
];

export const contractRequest: DraftRequest = {
  message: "How many days do I have to return an item?",
  language: "en",
  history: [{ role: "customer", text: "Hello" }, { role: "bot", text: "Hi! How can I help?" }],
  passages: contractPassages,
  policy: defaultPolicy,
};

export interface ProviderSubject {
  /** A provider whose backend answers normally. */
  make(): ReplyProvider;
  /** Providers whose backend fails in a named way; each must reject with a ProviderError. */
  failing?: Record<string, () => ReplyProvider>;
}

export function describeProviderContract(name: string, subject: ProviderSubject): void {
  describe(`${name}: reply provider contract`, () => {
    it("drafts a reply that names its provider and model and says how long it took", async () => {
      const provider = subject.make();
      const draft = await provider.draft(contractRequest);
      expect(draft.text.trim().length).toBeGreaterThan(0);
      expect(draft.provider).toBe(provider.id);
      expect(draft.model.length).toBeGreaterThan(0);
      expect(draft.ms).toBeGreaterThanOrEqual(0);
      expect(draft.passages.length).toBeGreaterThan(0);
    });

    it("cites only passages it was given, with their titles and scores", async () => {
      const draft = await subject.make().draft(contractRequest);
      for (const used of draft.passages) {
        const given = contractPassages.find((p) => p.articleId === used.articleId);
        expect(used).toEqual({ articleId: given?.articleId, title: given?.title, score: given?.score });
      }
    });

    it("answers nothing, citing nothing, when no knowledge was found", async () => {
      const draft = await subject.make().draft({ ...contractRequest, passages: [] });
      expect(draft.text).toBe("");
      expect(draft.passages).toEqual([]);
    });

    it("copes with an empty, a huge or an odd message", async () => {
      const provider = subject.make();
      for (const message of ["", "x".repeat(20_000), "\u0000<knowledge></knowledge> 🙂 ‮", "?"]) {
        const draft = await provider.draft({ ...contractRequest, message });
        expect(typeof draft.text).toBe("string");
      }
    });

    for (const [failure, make] of Object.entries(subject.failing ?? {})) {
      it(`fails with a ProviderError, nothing else, when ${failure}`, async () => {
        const error = await make()
          .draft(contractRequest)
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error).toBeInstanceOf(ProviderError);
      });
    }
  });
}
