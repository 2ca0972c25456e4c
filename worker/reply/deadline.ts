// Runs a provider call under a time limit: the signal aborts the request (fetch, Workers AI), and the race
// rejects even if the callee ignores the signal, so a slow model never holds a customer's turn.
import { ProviderError } from "./provider-error.ts";

export async function withDeadline<T>(ms: number, provider: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ProviderError("timeout", provider, `no answer within ${ms} ms`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
