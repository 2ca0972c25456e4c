// What every part of the signed-in dashboard needs: the API for the chosen site, and one way to react when
// the server stops accepting the token (back to sign-in, saying why), so no component handles 401 itself.
import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import { ApiError, Unreachable } from "../lib/http.ts";
import type { AdminApi } from "./admin-api.ts";

export interface Session {
  api: AdminApi;
  siteId: string;
  refused(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the signed-in dashboard");
  return session;
}

/** The result of a read, keeping the previous data while the next is on its way so the page does not jump. */
export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
}

/** Runs `load` whenever `deps` change, cancelling the previous run; a refused token signs the owner out. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const { refused } = useSession();
  const [state, setState] = useState<Loaded<T>>({ data: undefined, loading: true, error: null });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) return refused();
        setState((previous) => ({ ...previous, loading: false, error: problemText(error) }));
      },
    );
    return () => controller.abort();
  }, deps);
  return state;
}

/** A failure as one sentence for the owner. */
export function problemText(error: unknown): string {
  if (error instanceof Unreachable) return "Steward could not be reached. Try again in a moment.";
  return error instanceof Error ? error.message : String(error);
}
