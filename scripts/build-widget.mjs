#!/usr/bin/env node
// Builds the browser bundles into public/: the customer widget's embed loader (widget.js), the chat
// panel it loads on first open (widget-panel.js), the personal-data guard the panel loads once the
// visitor writes (widget-guard.js: phone-number metadata is larger than the whole panel, so it has a
// budget of its own), and the other UIs listed below. Prints each file's
// gzip size and fails when one passes its budget (DESIGN.md, "Budgets"), so a heavy change is caught
// by every build, including the one wrangler runs before dev and deploy.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));

const bundles = [
  { entry: "widget/embed/loader.ts", out: "public/widget.js", budget: 3 * 1024 },
  { entry: "widget/panel/index.tsx", out: "public/widget-panel.js", budget: 20 * 1024 },
  { entry: "widget/panel/guard-bundle.ts", out: "public/widget-guard.js", budget: 42 * 1024 },
  { entry: "widget/admin/main.tsx", out: "public/admin.js", budget: 24 * 1024 },
  { entry: "widget/agent/index.tsx", out: "public/agent.js", budget: 24 * 1024 },
];

await Promise.all(
  bundles.map((bundle) =>
    build({
      entryPoints: [join(root, bundle.entry)],
      outfile: join(root, bundle.out),
      bundle: true,
      format: "iife",
      minify: true,
      target: ["es2020"],
      jsx: "automatic",
      jsxImportSource: "preact",
      legalComments: "none",
      logLevel: "warning",
    }),
  ),
);

let over = false;
for (const bundle of bundles) {
  const bytes = readFileSync(join(root, bundle.out));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const fits = gzip <= bundle.budget;
  over ||= !fits;
  console.log(
    `${bundle.out.padEnd(24)} ${kb(bytes.length).padStart(9)} raw ${kb(gzip).padStart(9)} gzip  budget ${kb(bundle.budget)}  ${fits ? "ok" : "OVER BUDGET"}`,
  );
}
if (over) process.exit(1);

function kb(n) {
  return (n / 1024).toFixed(2) + " KB";
}
