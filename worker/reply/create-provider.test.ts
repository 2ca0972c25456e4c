import { describe, expect, it } from "vitest";
import { createProvider } from "./create-provider.ts";
import { contractRequest } from "./provider-contract.ts";

describe("createProvider", () => {
  it("gives the offline extractive provider by default, which does not retry", () => {
    const provider = createProvider({ kind: "extractive" }, { secrets: {} });
    expect([provider.id, provider.canRetry]).toEqual(["extractive", false]);
  });

  it("gives Workers AI the binding it is given", async () => {
    const provider = createProvider(
      { kind: "workers-ai", model: "@cf/test", timeoutMs: 1000, maxTokens: 100 },
      { ai: { run: async () => ({ response: "Returns are free." }) }, secrets: {} },
    );
    expect(provider.canRetry).toBe(true);
    expect((await provider.draft(contractRequest)).text).toBe("Returns are free.");
  });

  it("reads the OpenAI-compatible key from the secret the policy names", async () => {
    let authorization: string | null = null;
    const fetchStub: typeof fetch = async (_input, init) => {
      authorization = new Headers(init?.headers).get("authorization");
      return Response.json({ choices: [{ message: { content: "Returns are free." }, finish_reason: "stop" }] });
    };
    const provider = createProvider(
      { kind: "openai", baseUrl: "https://llm.example/v1", model: "m", apiKeySecret: "SITE_A_KEY", timeoutMs: 1000, maxTokens: 100 },
      { secrets: { SITE_A_KEY: "sk-a", OPENAI_API_KEY: "sk-other" }, fetch: fetchStub },
    );
    await provider.draft(contractRequest);
    expect(authorization).toBe("Bearer sk-a");
  });
});
