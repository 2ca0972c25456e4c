// The Worker: one Hono app for every audience, and the Durable Object classes it exports.
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { Env } from "./env.ts";
import { adminRoutes } from "./http/admin.ts";
import { insightRoutes } from "./http/admin-insight.ts";
import { knowledgeRoutes } from "./http/admin-knowledge.ts";
import { agentRoutes } from "./http/agent.ts";
import { benchRoutes } from "./http/bench.ts";
import { customerRoutes } from "./http/customer.ts";
import { ApiError, onError } from "./http/errors.ts";

export { ConversationDO } from "./conversation/conversation-do.ts";
export { RateLimiterDO } from "./site/rate-limiter-do.ts";
export { SiteDO } from "./site/site-do.ts";

const app = new Hono<{ Bindings: Env }>();

// Echo the exact requesting origin; whether that origin may act on a site is decided per route.
app.use(
  "/v1/*",
  cors({ origin: (origin) => origin, allowHeaders: ["Authorization", "Content-Type"], allowMethods: ["GET", "POST", "PUT", "DELETE"], maxAge: 600 }),
);
app.route("/v1", customerRoutes);
app.route("/v1/admin", adminRoutes);
app.route("/v1/admin", knowledgeRoutes);
app.route("/v1/admin", insightRoutes);
app.route("/v1/agent", agentRoutes);
app.route("/v1/bench", benchRoutes);

app.notFound((c) => onError(new ApiError("not_found", "No such route."), c));
app.onError(onError);

export default app;
