// What every e2e file needs: the server's URL and a Chromium. The server is the run's shared one
// (global-setup.ts), else one already running named by STEWARD_E2E_URL (say, `npm start`), else
// one of the file's own. Call once at the top level of a test file; the object is filled in beforeAll.
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser, type Browser } from "./browser.ts";
import { startServer, type RunningServer } from "./server.ts";

export interface E2E {
  url: string;
  browser: Browser;
}

export function useE2E(): E2E {
  const e2e = {} as E2E;
  let own: RunningServer | undefined;
  beforeAll(async () => {
    let url = inject("stewardUrl") ?? process.env.STEWARD_E2E_URL;
    if (!url) {
      own = await startServer();
      url = own.url;
    }
    e2e.url = url;
    e2e.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await e2e.browser?.close();
    await own?.stop();
  }, 30_000);
  return e2e;
}
