import { describe, expect, it } from "vitest";
import { conversationHref, parseRoute } from "./route.ts";

describe("the dashboard's address", () => {
  it("opens the overview for an empty or unknown address", () => {
    expect(parseRoute("")).toEqual({ page: "overview" });
    expect(parseRoute("#/")).toEqual({ page: "overview" });
    expect(parseRoute("#/nowhere")).toEqual({ page: "overview" });
  });

  it("opens the conversation list, and one conversation's audit trail from a shared link", () => {
    expect(parseRoute("#/conversations")).toEqual({ page: "conversations", id: null });
    expect(parseRoute(conversationHref("abc 1/2"))).toEqual({ page: "conversations", id: "abc 1/2" });
  });
});
