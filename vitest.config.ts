import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Three runtimes, three projects: pure code on Node, the Worker inside workerd, the UI in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["worker/{guard,knowledge,reply}/**/*.test.ts", "shared/**/*.test.ts", "widget/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
