import { describe, expect, it } from "vitest";
import { ADMIN, call } from "./api.ts";

describe("site policy administration", () => {
  it("refuses requests without the admin token", async () => {
    expect((await call("/v1/admin/sites/acme")).status).toBe(401);
    expect((await call("/v1/admin/sites/acme", { headers: { authorization: "Bearer local-agent-token" } })).status).toBe(401);
  });

  it("creates a site with defaults for every field not given, and reads it back", async () => {
    const put = await call("/v1/admin/sites/acme", { method: "PUT", headers: ADMIN, json: { mode: "suggest", languages: ["fr"] } });
    expect(put.status).toBe(200);
    const got = (await (await call("/v1/admin/sites/acme", { headers: ADMIN })).json()) as any;
    expect(got.policy).toMatchObject({ mode: "suggest", languages: ["fr"], limits: { autoRepliesPerEpisode: 5 }, provider: { kind: "extractive" } });
  });

  it("rejects a bad policy with an error naming the field, and keeps the previous one", async () => {
    await call("/v1/admin/sites/keep", { method: "PUT", headers: ADMIN, json: { mode: "suggest" } });
    const bad = await call("/v1/admin/sites/keep", { method: "PUT", headers: ADMIN, json: { mode: "auto", limits: { autoRepliesPerEpisode: -3 } } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_field", field: "limits.autoRepliesPerEpisode" } });
    const got = (await (await call("/v1/admin/sites/keep", { headers: ADMIN })).json()) as any;
    expect(got.policy.mode).toBe("suggest");
  });

  it("rejects an unknown field by name", async () => {
    const bad = await call("/v1/admin/sites/typo", { method: "PUT", headers: ADMIN, json: { moed: "auto" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.message).toContain("moed");
  });
});
