#!/usr/bin/env node
// Runs a command with wrangler, workerd and Chromium kept fully local: no metrics, no update check, no
// cf.json download, and every config/cache/temp folder inside the project's ignored .local/ folder.
// Usage: node scripts/local-env.mjs <command> [args...]
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const root = fileURLToPath(new URL("..", import.meta.url));

export function localEnv(extra = {}) {
  const base = join(root, ".local");
  const dirs = { XDG_CONFIG_HOME: "config", XDG_DATA_HOME: "data", XDG_CACHE_HOME: "cache", TMPDIR: "tmp" };
  const env = { ...process.env };
  for (const [name, sub] of Object.entries(dirs)) {
    env[name] = join(base, sub);
    mkdirSync(env[name], { recursive: true });
  }
  return {
    ...env,
    // npm scripts already put node_modules/.bin (with Node 22) first; direct calls get the same.
    PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_HIDE_BANNER: "true",
    // wrangler dev's local trace collector records a span for every storage call and writes them all to
    // disk (120 MB in a minute of load here); it more than doubled a message's CPU in the Worker's process,
    // which production does not pay. X_LOCAL_OBSERVABILITY=true brings it back for debugging.
    X_LOCAL_OBSERVABILITY: process.env.X_LOCAL_OBSERVABILITY ?? "false",
    ...extra,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error("usage: node scripts/local-env.mjs <command> [args...]");
    process.exit(2);
  }
  const child = spawn(command, args, { stdio: "inherit", env: localEnv(), cwd: root });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
