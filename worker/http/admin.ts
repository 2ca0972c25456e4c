// Admin routes (bearer admin token): a site's policy; knowledge, analytics and audit come with their modules.
import { Hono } from "hono";
import type { Env } from "../env.ts";
import { policySchema } from "../guard/policy.ts";
import { z } from "zod";
import { parseWith, readJson } from "./body.ts";
import { requireBearer } from "./bearer.ts";
import { ApiError } from "./errors.ts";
import { forgetSite, requireSite, SITE_ID, siteStub } from "./sites.ts";

export const adminRoutes = new Hono<{ Bindings: Env }>();

adminRoutes.use("*", requireBearer("STEWARD_ADMIN_TOKEN"));

adminRoutes.put("/sites/:siteId", async (c) => {
  const siteId = c.req.param("siteId");
  if (!SITE_ID.test(siteId)) {
    throw new ApiError("invalid_field", "siteId: lowercase letters, digits, - and _, at most 63 characters.", { field: "siteId" });
  }
  // Validated here, so a bad policy is refused before anything is stored.
  // The input is stored rather than the parsed output, so later default improvements reach the site.
  const input = await readJson(c, z.unknown(), 262_144);
  parseWith(policySchema, input);
  const site = await siteStub(c.env, siteId).putPolicy(siteId, input);
  forgetSite(siteId);
  return c.json(site);
});

adminRoutes.get("/sites/:siteId", async (c) => c.json(await requireSite(c.env, c.req.param("siteId"))));
