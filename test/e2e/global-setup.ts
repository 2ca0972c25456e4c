// Starts one Steward server for the whole e2e run and hands its URL to every test file.
// (Files run without it too: each then starts its own server, see harness/suite.ts.)
import type { TestProject } from "vitest/node";
import { startServer } from "./harness/server.ts";

declare module "vitest" {
  interface ProvidedContext {
    stewardUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide("stewardUrl", server.url);
  return () => server.stop();
}
