// How long to wait before reconnecting: doubling from `first` up to `max`, each wait drawn between half
// and all of it, so that a thousand widgets dropped by the same outage do not all come back at once.
export interface BackoffOptions {
  first?: number;
  max?: number;
}

export function backoffDelay(attempt: number, { first = 500, max = 15_000 }: BackoffOptions = {}, random = Math.random): number {
  const ceiling = Math.min(max, first * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
