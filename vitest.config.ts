import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { fakeReceiver } from "./test/worker/fake-receiver.ts";

// Three runtimes, three projects: pure code on Node, the Worker inside workerd, the UI in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: [
            "worker/{guard,knowledge,reply,conversation}/**/*.test.ts",
            "shared/**/*.test.ts",
            "widget/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("./worker/migrations"),
                WEBHOOK_SECRET: "test-webhook-secret",
                OPENAI_API_KEY: "test-model-key",
                ACCESS_TEAM_DOMAIN: "receiver.test",
                ACCESS_AUD: "steward-agents",
              },
              outboundService: fakeReceiver,
            },
          })),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["./test/worker/apply-migrations.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          // One server for the whole run: starting wrangler per file costs 20-40 s each.
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
