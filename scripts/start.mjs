#!/usr/bin/env node
// npm start: the whole product on this machine, with no account and no network.
// Applies the local D1 migrations, then runs `wrangler dev` on 127.0.0.1:$PORT (default 8787).
import { spawn, spawnSync } from "node:child_process";
import { localEnv, root } from "./local-env.mjs";

const port = process.env.PORT || "8787";
const adminToken = process.env.STEWARD_ADMIN_TOKEN || "local-admin-token";
const agentToken = process.env.STEWARD_AGENT_TOKEN || "local-agent-token";
const env = localEnv();
const persist = ["--persist-to", ".local/state"];

const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", ...persist], {
  cwd: root,
  env: { ...env, CI: "true" }, // no confirmation prompt
  stdio: ["ignore", "ignore", "inherit"],
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const base = `http://127.0.0.1:${port}`;
console.log(`
Steward is starting on ${base}
  demo store with the chat widget   ${base}/
  agent inbox                       ${base}/agent     (agent token: ${agentToken})
  owner dashboard                   ${base}/admin     (admin token: ${adminToken})
  set PORT, STEWARD_ADMIN_TOKEN or STEWARD_AGENT_TOKEN to change them.
`);

const dev = spawn(
  "wrangler",
  [
    "dev",
    "--ip", "127.0.0.1",
    "--port", port,
    ...persist,
    "--var", `STEWARD_ADMIN_TOKEN:${adminToken}`,
    "--var", `STEWARD_AGENT_TOKEN:${agentToken}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, env, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
