// Cloudflare Workers AI through the Worker's AI binding. The binding is optional (it needs an account, and
// makes `wrangler dev` require a login), so a policy that names Workers AI without it fails closed.
import type { Policy } from "../guard/policy.ts";
import { withDeadline } from "./deadline.ts";
import { draftOf } from "./draft-of.ts";
import { buildMessages, promptPassages, readAnswer, type ChatMessage } from "./prompt.ts";
import { ProviderError, toProviderError } from "./provider-error.ts";
import type { ReplyProvider } from "./types.ts";

const ID = "workers-ai";

/** The part of the `Ai` binding this provider uses (env.AI satisfies it). */
export interface AiBinding {
  run(model: string, inputs: { messages: ChatMessage[]; max_tokens: number }, options?: { signal?: AbortSignal }): Promise<unknown>;
}

export type WorkersAiConfig = Extract<Policy["provider"], { kind: "workers-ai" }>;

export function createWorkersAiProvider(config: WorkersAiConfig, ai: AiBinding | undefined): ReplyProvider {
  return {
    id: ID,
    canRetry: true,
    async draft(request) {
      const started = performance.now();
      if (request.passages.length === 0) return draftOf(ID, config.model, started, "", []);
      try {
        if (!ai) throw new ProviderError("not_configured", ID, "the Worker has no AI binding");
        const passages = promptPassages(request.passages);
        const inputs = { messages: buildMessages(request, passages), max_tokens: config.maxTokens };
        const result = await withDeadline(config.timeoutMs, ID, async (signal) => {
          try {
            return await ai.run(config.model, inputs, { signal });
          } catch (error) {
            if (signal.aborted) throw signal.reason;
            throw new ProviderError("unavailable", ID, error instanceof Error ? error.message : String(error), { cause: error });
          }
        });
        return draftOf(ID, config.model, started, readAnswer(answerOf(result), ID), passages);
      } catch (error) {
        throw toProviderError(error, ID);
      }
    },
  };
}

/** Text models answer { response }; some newer ones answer in the OpenAI shape. */
function answerOf(result: unknown): string {
  const shaped = result as { response?: unknown; choices?: { message?: { content?: unknown } }[] } | null;
  const text = shaped?.response ?? shaped?.choices?.[0]?.message?.content;
  if (typeof text !== "string") throw new ProviderError("bad_response", ID, "the model's answer has no response text");
  return text;
}
