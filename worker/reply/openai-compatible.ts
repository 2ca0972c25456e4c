// Any OpenAI-compatible chat endpoint (OpenAI, Azure, Groq, Mistral, a local llama.cpp or vLLM server):
// POST {baseUrl}/chat/completions with a Bearer key. The key comes from a Worker secret, never from the policy.
import type { Policy } from "../guard/policy.ts";
import { withDeadline } from "./deadline.ts";
import { draftOf } from "./draft-of.ts";
import { buildMessages, promptPassages, readAnswer } from "./prompt.ts";
import { ProviderError, toProviderError } from "./provider-error.ts";
import type { ReplyProvider } from "./types.ts";

const ID = "openai";
/** A chat completion of a few hundred tokens is a few kilobytes; anything near this is not one. */
export const MAX_RESPONSE_BYTES = 256 * 1024;

export type OpenAiCompatibleConfig = Extract<Policy["provider"], { kind: "openai" }>;

export function createOpenAiCompatibleProvider(
  config: OpenAiCompatibleConfig,
  deps: { apiKey: string | undefined; fetch?: typeof fetch },
): ReplyProvider {
  const send = deps.fetch ?? ((input, init) => fetch(input, init));
  const url = `${config.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  return {
    id: ID,
    canRetry: true,
    async draft(request) {
      const started = performance.now();
      if (request.passages.length === 0) return draftOf(ID, config.model, started, "", []);
      try {
        if (!deps.apiKey) throw new ProviderError("not_configured", ID, `the secret ${config.apiKeySecret} is not set`);
        const apiKey = deps.apiKey;
        const passages = promptPassages(request.passages);
        const body = JSON.stringify({
          model: config.model,
          messages: buildMessages(request, passages),
          max_tokens: config.maxTokens,
          temperature: 0,
        });
        const completion = await withDeadline(config.timeoutMs, ID, async (signal) => {
          let response: Response;
          try {
            response = await send(url, {
              method: "POST",
              headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
              body,
              signal,
            });
          } catch (error) {
            if (signal.aborted) throw signal.reason;
            throw new ProviderError("unavailable", ID, `could not reach ${new URL(url).host}`, { cause: error });
          }
          if (!response.ok) {
            await response.body?.cancel();
            const code = response.status === 401 || response.status === 403 ? "not_configured" : "unavailable";
            throw new ProviderError(code, ID, `the service answered HTTP ${response.status}`, { status: response.status });
          }
          return parseJson(await readCapped(response));
        });
        return draftOf(ID, config.model, started, readAnswer(answerOf(completion), ID), passages);
      } catch (error) {
        throw toProviderError(error, ID);
      }
    },
  };
}

/** The body as text, refusing to buffer more than MAX_RESPONSE_BYTES. */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new ProviderError("too_large", ID, `the response is ${declared} bytes, over ${MAX_RESPONSE_BYTES}`);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new ProviderError("too_large", ID, `the response passed ${MAX_RESPONSE_BYTES} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProviderError("bad_response", ID, "the response is not JSON", { cause: error });
  }
}

function answerOf(completion: unknown): string {
  const choice = (completion as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null)?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== "string") throw new ProviderError("bad_response", ID, "the response has no choices[0].message.content text");
  // A reply cut at max_tokens may end mid-sentence or mid-number; better a person than half an answer.
  if (choice?.finish_reason === "length") throw new ProviderError("too_large", ID, "the answer was cut at the max_tokens limit");
  return content;
}
