// Per-IP limits, one small object per (site, IP): a flood from one address is refused without slowing
// anyone else. Counts live in memory only: an evicted limiter forgets, which errs on the side of serving.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env.ts";
import { SlidingWindow } from "../http/sliding-window.ts";

export class RateLimiterDO extends DurableObject<Env> {
  private readonly window = new SlidingWindow();

  hit(limit: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    return this.window.hit(limit, Date.now());
  }
}
