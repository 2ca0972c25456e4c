// The whole turn on the demo store, offline: retrieval, an extractive draft, then every check, as the Worker
// and `npm run simulate` run it. Questions the knowledge does not answer must never get an automatic reply;
// most of those it answers should, from the right article.
import { describe, expect, it } from "vitest";
import { decide, type Drafter } from "../guard/pipeline.ts";
import { defaultPolicy } from "../guard/policy.ts";
import { buildIndex } from "../knowledge/knowledge-index.ts";
import { demoArticles, demoQuestions } from "../knowledge/testdata/demo-site.ts";
import { createExtractiveProvider } from "./extractive.ts";

const index = buildIndex(demoArticles());
const provider = createExtractiveProvider();
const drafter: Drafter = {
  canRetry: provider.canRetry,
  retrieve: async (message, language) => index.search(message, language),
  async draft(request) {
    const draft = await provider.draft({ ...request, policy: defaultPolicy });
    return { ...draft, passages: draft.passages.map((p) => ({ id: p.articleId, title: p.title, score: p.score })) };
  },
};
const questions = [...demoQuestions("demo-questions.jsonl"), ...demoQuestions("demo-questions-holdout.jsonl")];
const decisions = await Promise.all(
  questions.map(async (q) => ({ q, decision: await decide({ message: q.text, language: q.language, history: [], policy: defaultPolicy, now: 0 }, drafter) })),
);

describe("the demo store's automatic replies", () => {
  it("never answers automatically a question its knowledge does not answer", () => {
    const sent = decisions.filter(({ q, decision }) => q.expect === null && decision.autoSent);
    expect(sent.map(({ q, decision }) => `${q.id}: ${decision.draft?.text}`)).toEqual([]);
  });

  it("answers most of the questions its knowledge answers, quoting the article that answers them", () => {
    const covered = decisions.filter(({ q }) => q.expect !== null);
    const sent = covered.filter(({ decision }) => decision.autoSent);
    const right = sent.filter(({ q, decision }) => decision.knowledge[0]?.id === q.expect);
    expect(sent.length / covered.length).toBeGreaterThanOrEqual(0.65);
    expect(right.length / sent.length).toBeGreaterThanOrEqual(0.9);
  });
});
