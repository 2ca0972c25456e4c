// A sliding one-minute window of hits: how many happened, and when the next one will be allowed.

const WINDOW_MS = 60_000;

export class SlidingWindow {
  private hits: number[] = [];

  /** Counts a hit if under `limit`; otherwise says how many seconds until one is allowed. */
  hit(limit: number, now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    this.hits = this.hits.filter((t) => t > now - WINDOW_MS);
    if (this.hits.length >= limit) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((this.hits[0]! + WINDOW_MS - now) / 1000)) };
    }
    this.hits.push(now);
    return { ok: true };
  }
}
