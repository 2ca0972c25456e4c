// The optional on-page model: a module the site names with data-onpage-model, loaded only then, that
// looks at an outgoing message before it is sent. It is advice for the customer, never a gate: an
// engine that fails to load, throws, answers nonsense or takes longer than the time limit is treated as
// having no opinion, and the message goes out as usual. The server trusts none of it (DESIGN.md).
//
// The module's contract is small enough for a site to build on anything, e.g. @mlc-ai/web-llm:
//   export async function createEngine() {
//     const engine = await CreateMLCEngine("<model id>");
//     return { classify: async (text) => ({ flagged: /* ask the engine */, reason: "…" }) };
//   }
// It is imported as a module script: served from another origin, it needs CORS headers.

export interface OnPageVerdict {
  flagged: boolean;
  /** The engine's own words for the customer, shown as text. */
  reason?: string;
}

export interface OnPageEngine {
  classify(text: string): Promise<OnPageVerdict>;
}

export interface OnPageModule {
  createEngine(): Promise<OnPageEngine>;
}

export interface OnPageCheck {
  /** The engine's verdict, or undefined when it has none within the time limit. */
  check(text: string): Promise<OnPageVerdict | undefined>;
}

export interface OnPageCheckOptions {
  /** How long a send may wait for the engine, including its start-up; a customer notices more. */
  timeoutMs?: number;
  importModule?: (url: string) => Promise<OnPageModule>;
}

const MAX_REASON_CHARS = 280;

/** Starts loading the module and its engine at once, so the first message waits as little as possible. */
export function loadOnPageCheck(url: string, options: OnPageCheckOptions = {}): OnPageCheck {
  const { timeoutMs = 1500, importModule = (href: string) => import(/* @vite-ignore */ href) as Promise<OnPageModule> } = options;
  const engine = Promise.resolve()
    .then(() => importModule(url))
    .then((module) => module.createEngine())
    .catch((error: unknown) => {
      console.warn("Steward: the on-page model could not start; messages are sent without it.", error);
      return undefined;
    });

  return {
    async check(text) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      const verdict = engine.then((ready) => ready?.classify(text)).then(readVerdict, () => undefined);
      try {
        return await Promise.race([verdict, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Only the documented shape counts; anything else is no opinion. */
function readVerdict(value: unknown): OnPageVerdict | undefined {
  if (typeof value !== "object" || value === null || typeof (value as OnPageVerdict).flagged !== "boolean") return undefined;
  const { flagged, reason } = value as OnPageVerdict;
  const words = typeof reason === "string" ? reason.trim().slice(0, MAX_REASON_CHARS) : "";
  return words ? { flagged, reason: words } : { flagged };
}
