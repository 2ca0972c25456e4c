import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./prompt.ts";
import { ProviderError } from "./provider-error.ts";
import { contractRequest, describeProviderContract } from "./provider-contract.ts";
import { createWorkersAiProvider, type AiBinding } from "./workers-ai.ts";

const ANSWER = "You can return an unused item within 30 days of delivery.";

/** A stand-in for env.AI that records each call and answers as told. */
function fakeAi(answer: (signal?: AbortSignal) => Promise<unknown>) {
  const calls: { model: string; messages: ChatMessage[]; max_tokens: number }[] = [];
  const ai: AiBinding = {
    run(model, inputs, options) {
      calls.push({ model, ...inputs });
      return answer(options?.signal);
    },
  };
  return { ai, calls };
}

const config = { kind: "workers-ai" as const, model: "@cf/meta/llama-3.1-8b-instruct", timeoutMs: 150, maxTokens: 400 };
const answering = (value: unknown) => createWorkersAiProvider(config, fakeAi(async () => value).ai);
/** A binding that never answers and ignores the abort signal: the deadline alone must end the wait. */
const hanging = () => createWorkersAiProvider(config, fakeAi(() => new Promise(() => {})).ai);

describeProviderContract("workers-ai", {
  make: () => answering({ response: ANSWER }),
  failing: {
    "the binding is missing": () => createWorkersAiProvider(config, undefined),
    "the model call throws": () => createWorkersAiProvider(config, fakeAi(async () => Promise.reject(new Error("3040: capacity"))).ai),
    "the model never answers": hanging,
    "the answer has no text": () => answering({ result: 42 }),
    "the answer is longer than any message": () => answering({ response: "x".repeat(10_000) }),
  },
});

describe("Workers AI provider", () => {
  it("runs the policy's model with the prompt's messages and token cap", async () => {
    const { ai, calls } = fakeAi(async () => ({ response: ANSWER }));
    const draft = await createWorkersAiProvider(config, ai).draft(contractRequest);
    expect(draft).toMatchObject({ text: ANSWER, provider: "workers-ai", model: config.model });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ model: config.model, max_tokens: 400 });
    expect(calls[0].messages[0].role).toBe("system");
    expect(calls[0].messages.at(-1)).toEqual({ role: "user", content: contractRequest.message });
  });

  it("reads answers in the OpenAI shape too", async () => {
    const draft = await answering({ choices: [{ message: { content: ANSWER } }] }).draft(contractRequest);
    expect(draft.text).toBe(ANSWER);
  });

  it("turns NO_ANSWER into an empty draft", async () => {
    expect((await answering({ response: " NO_ANSWER\n" }).draft(contractRequest)).text).toBe("");
  });

  it("aborts the model call at the time limit and reports a timeout", async () => {
    let aborted = false;
    const { ai } = fakeAi(
      (signal) =>
        new Promise((_, reject) =>
          signal?.addEventListener("abort", () => {
            aborted = true;
            reject(new Error("aborted"));
          }),
        ),
    );
    const error = await createWorkersAiProvider(config, ai).draft(contractRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "timeout" });
    expect(aborted).toBe(true);
  });

  it("says the binding is missing rather than failing obscurely", async () => {
    const error = await createWorkersAiProvider(config, undefined).draft(contractRequest).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "not_configured" });
  });
});
