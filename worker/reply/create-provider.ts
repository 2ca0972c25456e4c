// The reply provider a site's policy names, wired to what the Worker has (AI binding, secrets, fetch).
import type { Policy } from "../guard/policy.ts";
import { createExtractiveProvider } from "./extractive.ts";
import { createOpenAiCompatibleProvider } from "./openai-compatible.ts";
import type { ReplyProvider } from "./types.ts";
import { createWorkersAiProvider, type AiBinding } from "./workers-ai.ts";

export interface ProviderDeps {
  /** env.AI, when the Worker has a Workers AI binding. */
  ai?: AiBinding;
  /** Worker secrets by name; an OpenAI-compatible policy names the one holding its key. */
  secrets: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

/** Never throws: a provider that cannot run (no binding, no secret) rejects each draft, so the pipeline escalates. */
export function createProvider(config: Policy["provider"], deps: ProviderDeps): ReplyProvider {
  switch (config.kind) {
    case "extractive":
      return createExtractiveProvider();
    case "workers-ai":
      return createWorkersAiProvider(config, deps.ai);
    case "openai":
      return createOpenAiCompatibleProvider(config, { apiKey: deps.secrets[config.apiKeySecret], fetch: deps.fetch });
  }
}
