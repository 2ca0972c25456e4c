// window.Steward: the few calls a host page makes. A page may call before the loader has run by
// pushing onto Steward.q (see public/index.html for the one-line stub); those calls are replayed in
// order, and later pushes run at once.
import type { HostEventName, VisitorUser } from "./panel-contract.ts";

type Listener = (detail: unknown) => void;

export interface StewardApi {
  open(): void;
  close(): void;
  toggle(): void;
  setUser(user?: VisitorUser): void;
  /** Returns a function that removes the listener. */
  on(name: HostEventName, listener: Listener): () => void;
}

type QueuedCall = [keyof StewardApi, ...unknown[]];
type StewardGlobal = Partial<StewardApi> & { q?: QueuedCall[] | { push(...calls: QueuedCall[]): void }; loaded?: boolean };

export function createEmitter() {
  const listeners = new Map<HostEventName, Set<Listener>>();
  return {
    on(name: HostEventName, listener: Listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener));
      return () => void set.delete(listener);
    },
    emit(name: HostEventName, detail?: unknown) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          listener(detail);
        } catch (error) {
          // The page's bug must not break the widget, but it should still reach the console.
          setTimeout(() => {
            throw error;
          });
        }
      }
    },
  };
}

/** Whether a loader already installed the API (the tag was included twice). */
export function alreadyInstalled(): boolean {
  return Boolean((window as { Steward?: StewardGlobal }).Steward?.loaded);
}

export function installHostApi(api: StewardApi): void {
  const global = window as { Steward?: StewardGlobal };
  // Keep the page's object: it may hold a reference to it.
  const steward = global.Steward ?? {};
  const queued = Array.isArray(steward.q) ? steward.q : [];
  const call = ([name, ...args]: QueuedCall) => {
    const method = api[name] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof method === "function") method(...args);
  };
  Object.assign(steward, api, { loaded: true, q: { push: (...calls: QueuedCall[]) => calls.forEach(call) } });
  global.Steward = steward;
  queued.forEach(call);
}
