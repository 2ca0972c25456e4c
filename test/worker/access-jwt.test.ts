// Agents behind Cloudflare Access: the JWT Access adds is checked against the team's keys, issuer, audience
// and expiry (the team's key server is a fake at the HTTP boundary).
import { beforeAll, describe, expect, it } from "vitest";
import { call, startConversation } from "./api.ts";

const encoder = new TextEncoder();
const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const json64 = (value: unknown) => b64url(encoder.encode(JSON.stringify(value)));

async function keyPair() {
  return (await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
}

async function publish(pair: CryptoKeyPair, kid: string) {
  const jwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey;
  await fetch("https://receiver.test/jwks", { method: "POST", body: JSON.stringify({ keys: [{ ...jwk, kid, alg: "RS256" }] }) });
}

async function sign(pair: CryptoKeyPair, kid: string, claims: Record<string, unknown>) {
  const now = Math.floor(Date.now() / 1000);
  const body = `${json64({ alg: "RS256", kid, typ: "JWT" })}.${json64({
    aud: ["steward-agents"],
    iss: "https://receiver.test",
    exp: now + 600,
    iat: now,
    email: "ana@shop.example",
    ...claims,
  })}`;
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", pair.privateKey, encoder.encode(body));
  return `${body}.${b64url(new Uint8Array(signature))}`;
}

const asAgent = (jwt: string) => ({ "cf-access-jwt-assertion": jwt });

describe("Cloudflare Access for agents", () => {
  // The Worker caches the team's keys, so one key pair serves the whole file.
  let pair: CryptoKeyPair;
  beforeAll(async () => {
    pair = await keyPair();
    await publish(pair, "k1");
  });

  it("lets an agent in with a valid Access token, named by its email", async () => {
    const conv = await startConversation();
    const res = await call(`/v1/agent/conversations/${conv.conversationId}/claim`, {
      method: "POST",
      headers: asAgent(await sign(pair, "k1", {})),
      json: {},
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ conversation: { state: "human", agent: "ana@shop.example" } });
  });

  it("refuses tokens with the wrong audience, the wrong issuer, an expired date or a foreign key", async () => {
    const valid = await call("/v1/agent/conversations?site=demo", { headers: asAgent(await sign(pair, "k1", {})) });
    expect(valid.status).toBe(200);
    const stranger = await keyPair();
    const past = Math.floor(Date.now() / 1000) - 60;
    for (const jwt of [
      await sign(pair, "k1", { aud: ["another-app"] }),
      await sign(pair, "k1", { iss: "https://evil.example" }),
      await sign(pair, "k1", { exp: past }),
      await sign(stranger, "k1", {}),
      "not.a.jwt",
    ]) {
      const res = await call("/v1/agent/conversations?site=demo", { headers: asAgent(jwt) });
      expect(res.status, jwt.slice(0, 20)).toBe(401);
    }
  });
});
