// The pipeline's side effects for one turn: knowledge retrieval from the site, drafting by the site's provider.
import type { Policy } from "../guard/policy.ts";
import type { Drafter } from "../guard/pipeline.ts";
import type { Env } from "../env.ts";

export function createDrafter(env: Env, siteId: string, _policy: Policy): Drafter {
  const site = env.SITES.get(env.SITES.idFromName(siteId));
  return {
    canRetry: false,
    retrieve: (message, language) => site.retrieve(message, language),
    // Until the knowledge providers are wired, no draft: every message goes to a person ("no_answer").
    draft: async () => ({ text: "", provider: "none", model: "none", ms: 0 }),
  };
}
