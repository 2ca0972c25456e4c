// Fetches the personal-data guard (public/widget-guard.js) on demand. The phone-number metadata alone
// is larger than the whole panel, so it stays out of the panel's budget: the panel asks for it when the
// visitor starts writing, and waits for it only when a message has digits to check.
import type { maskPersonalData } from "../lib/personal-data/mask-personal-data.ts";

/** The guard bundle assigns its function here, as the panel bundle does with its mount function. */
export const GUARD_GLOBAL = "StewardGuard";

export type MaskPersonalData = typeof maskPersonalData;

export interface GuardLoader {
  /** Starts fetching, if not already done; errors wait for the next load(). */
  warm(): void;
  /** The guard, or a rejection when it cannot be fetched (the next call tries again). */
  load(): Promise<MaskPersonalData>;
}

export function createGuardLoader(url: string): GuardLoader {
  let loading: Promise<MaskPersonalData> | undefined;
  const load = () =>
    (loading ??= new Promise<MaskPersonalData>((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = url;
      tag.async = true;
      tag.onload = () => {
        const guard = (window as unknown as Record<string, MaskPersonalData | undefined>)[GUARD_GLOBAL];
        if (guard) resolve(guard);
        else reject(new Error("the guard bundle did not install itself"));
      };
      tag.onerror = () => reject(new Error("the guard bundle could not be fetched"));
      document.head.append(tag);
    }).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    warm: () => void load().catch(() => {}),
    load,
  };
}
