// The real Steward server for end-to-end tests: `wrangler dev` on a free port, with its own fresh
// local state (D1 migrated like `npm start` does), stopped with its whole process group afterwards.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
const node = join(root, "node_modules", ".bin", "node");
const localEnvScript = join(root, "scripts", "local-env.mjs");

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilServing(url: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = exited();
    if (reason) throw new Error(`wrangler dev exited before serving: ${reason}`);
    try {
      // The loader is built by wrangler's [build] step: once it is served, the page is usable.
      const response = await fetch(url + "/widget.js");
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not serve ${url}/widget.js within ${timeoutMs} ms`);
}

/** `vars` are given to the Worker as `--var NAME:VALUE` (the load benchmark turns its echo route on this way). */
export async function startServer({ timeoutMs = 90_000, vars = {} as Record<string, string> } = {}): Promise<RunningServer> {
  mkdirSync(join(root, ".local"), { recursive: true });
  const state = mkdtempSync(join(root, ".local", "e2e-state-"));
  const persist = ["--persist-to", state];
  const migrate = spawnSync(node, [localEnvScript, "wrangler", "d1", "migrations", "apply", "DB", "--local", ...persist], {
    cwd: root,
    env: { ...process.env, CI: "true" },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error("D1 migrations failed:\n" + migrate.stderr + migrate.stdout);

  const port = await freePort();
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const args = [localEnvScript, "wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", ...persist, ...varArgs];
  // detached: its own process group, so stopping it also stops workerd and the esbuild watcher.
  const child = spawn(node, args, { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exit = `code ${code} signal ${signal}\n${output}`;
      resolve();
    }),
  );

  const stop = async () => {
    if (exit === undefined && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (exit === undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    rmSync(state, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, () => exit, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
