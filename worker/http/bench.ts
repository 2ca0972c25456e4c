// The load benchmark's yardstick: a bare Durable Object round trip, the same path a message takes without
// any of Steward's work. Exists only when the Worker runs with BENCH_ROUTES=1 (npm run bench:load).
import { Hono } from "hono";
import type { Env } from "../env.ts";
import { ApiError } from "./errors.ts";

export const benchRoutes = new Hono<{ Bindings: Env }>();

benchRoutes.post("/echo/:key", async (c) => {
  if (c.env.BENCH_ROUTES !== "1") throw new ApiError("not_found", "No such route.");
  const stub = c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(`echo:${c.req.param("key")}`));
  return c.json({ echo: await stub.echo(await c.req.text()) });
});
