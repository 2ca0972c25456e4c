// Every route, tried with no credential, a wrong one, and a credential of another audience or conversation.
import { describe, expect, it } from "vitest";
import { ADMIN, call, startConversation } from "./api.ts";

const AGENT = { authorization: "Bearer local-agent-token" };
const WRONG = { authorization: "Bearer not-a-real-token" };

type Route = [method: string, path: (id: string) => string];

const customerRoutes: Route[] = [
  ["POST", (id) => `/v1/conversations/${id}/messages`],
  ["GET", (id) => `/v1/conversations/${id}/events`],
  ["POST", (id) => `/v1/conversations/${id}/handoff`],
  ["POST", (id) => `/v1/conversations/${id}/rating`],
  ["DELETE", (id) => `/v1/conversations/${id}`],
];
const agentRoutes: Route[] = [
  ["GET", () => "/v1/agent/conversations?site=demo"],
  ["GET", (id) => `/v1/agent/conversations/${id}`],
  ["POST", (id) => `/v1/agent/conversations/${id}/claim`],
  ["POST", (id) => `/v1/agent/conversations/${id}/messages`],
  ["POST", (id) => `/v1/agent/conversations/${id}/release`],
  ["POST", (id) => `/v1/agent/conversations/${id}/close`],
];
const adminRoutes: Route[] = [
  ["GET", () => "/v1/admin/sites/demo"],
  ["PUT", () => "/v1/admin/sites/demo"],
  ["GET", () => "/v1/admin/sites/demo/knowledge"],
  ["PUT", () => "/v1/admin/sites/demo/knowledge"],
  ["POST", () => "/v1/admin/sites/demo/knowledge"],
  ["DELETE", () => "/v1/admin/sites/demo/knowledge/shipping-costs-en"],
  ["GET", () => "/v1/admin/sites/demo/analytics"],
  ["GET", () => "/v1/admin/sites/demo/shadow"],
  ["GET", () => "/v1/admin/sites/demo/conversations"],
  ["GET", (id) => `/v1/admin/conversations/${id}/audit`],
  ["DELETE", (id) => `/v1/admin/conversations/${id}`],
];

async function statusOf([method, path]: Route, id: string, headers: HeadersInit) {
  const res = await call(path(id), { method, headers: { ...headers, "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" });
  return res.status;
}

describe("access to every route", () => {
  it("refuses customer routes without the conversation's own token", async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    for (const route of customerRoutes) {
      const name = `${route[0]} ${route[1]("ID")}`;
      expect(await statusOf(route, theirs.conversationId, {}), `${name} without a token`).toBe(401);
      expect(await statusOf(route, theirs.conversationId, WRONG), `${name} with a wrong token`).toBe(401);
      expect(await statusOf(route, theirs.conversationId, mine.auth), `${name} with another conversation's token`).toBe(401);
      expect(await statusOf(route, theirs.conversationId, AGENT), `${name} with the agent token`).toBe(401);
    }
  });

  it("refuses agent routes without the agent credential", async () => {
    const conv = await startConversation();
    for (const route of agentRoutes) {
      const name = `${route[0]} ${route[1]("ID")}`;
      expect(await statusOf(route, conv.conversationId, {}), `${name} without a token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, WRONG), `${name} with a wrong token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, conv.auth), `${name} with a customer token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, ADMIN), `${name} with the admin token`).toBe(401);
    }
  });

  it("refuses admin routes without the admin token", async () => {
    const conv = await startConversation();
    for (const route of adminRoutes) {
      const name = `${route[0]} ${route[1]("ID")}`;
      expect(await statusOf(route, conv.conversationId, {}), `${name} without a token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, WRONG), `${name} with a wrong token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, conv.auth), `${name} with a customer token`).toBe(401);
      expect(await statusOf(route, conv.conversationId, AGENT), `${name} with the agent token`).toBe(401);
    }
  });

  it("answers a CORS preflight with the exact origin, never a wildcard", async () => {
    const res = await call("/v1/sites/demo/conversations", {
      method: "OPTIONS",
      headers: { origin: "https://shop.example", "access-control-request-method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://shop.example");
  });
});
