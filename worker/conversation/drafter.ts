// The pipeline's side effects for one turn: knowledge retrieval from the site, drafting by the site's provider.
import type { Drafter } from "../guard/pipeline.ts";
import type { Policy } from "../guard/policy.ts";
import type { Env } from "../env.ts";
import { siteStub } from "../stubs.ts";
import { createProvider } from "../reply/create-provider.ts";
import { searchSite } from "./site-knowledge.ts";
import type { AiBinding } from "../reply/workers-ai.ts";

export function createDrafter(env: Env, siteId: string, knowledgeVersion: number, policy: Policy): Drafter {
  const site = siteStub(env, siteId);
  const provider = createProvider(policy.provider, {
    ai: env.AI as AiBinding | undefined,
    secrets: secretsOf(env),
  });
  return {
    canRetry: provider.canRetry,
    retrieve: (message, language) => searchSite(site, siteId, knowledgeVersion, message, language),
    async draft(request) {
      const draft = await provider.draft({ ...request, policy });
      return { ...draft, passages: draft.passages.map((p) => ({ id: p.articleId, title: p.title, score: p.score })) };
    },
  };
}

/** The Worker's string bindings, where a policy's provider looks up the secret it names. */
function secretsOf(env: Env): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
