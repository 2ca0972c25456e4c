import { describe, expect, it } from "vitest";
import { signCustomerToken, verifyCustomerToken } from "../../worker/http/customer-token.ts";

const claims = { conversationId: "c".repeat(64), siteId: "demo", expiresAt: 2_000_000_000 };

describe("customer tokens", () => {
  it("carry their conversation and site while unexpired", async () => {
    const token = await signCustomerToken(claims, "secret");
    expect(await verifyCustomerToken(token, "secret", claims.expiresAt - 1)).toEqual(claims);
  });

  it("stop working when they expire, also after they were checked once", async () => {
    const token = await signCustomerToken(claims, "secret");
    expect(await verifyCustomerToken(token, "secret", claims.expiresAt - 1)).toEqual(claims);
    expect(await verifyCustomerToken(token, "secret", claims.expiresAt)).toBeNull();
  });

  it("checked once with the right secret, are still refused with another", async () => {
    const token = await signCustomerToken(claims, "secret");
    expect(await verifyCustomerToken(token, "secret", 0)).toEqual(claims);
    expect(await verifyCustomerToken(token, "other-secret", 0)).toBeNull();
  });

  it("are refused when signed with another secret or altered", async () => {
    const token = await signCustomerToken(claims, "secret");
    expect(await verifyCustomerToken(token, "other-secret", 0)).toBeNull();
    const [payload, signature] = token.split(".");
    const forged = btoa(JSON.stringify(["d".repeat(64), "demo", claims.expiresAt])).replace(/=+$/, "");
    expect(await verifyCustomerToken(`${forged}.${signature}`, "secret", 0)).toBeNull();
    expect(await verifyCustomerToken(`${payload}.${signature}.extra`, "secret", 0)).toBeNull();
  });
});
