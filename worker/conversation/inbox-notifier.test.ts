import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConversationSummary } from "../../shared/inbox.ts";
import { InboxNotifier, THROTTLE_MS } from "./inbox-notifier.ts";

function summary(state: ConversationSummary["state"], text: string): ConversationSummary {
  return {
    id: "c1",
    siteId: "demo",
    state,
    reasons: [],
    agent: null,
    createdAt: "",
    updatedAt: "",
    waitingSince: null,
    lastMessage: { role: "customer", text, at: "" },
  };
}

describe("inbox notifier", () => {
  let current: ConversationSummary;
  let sent: ConversationSummary[];
  let notifier: InboxNotifier;
  const settle = () => Promise.resolve();

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    current = summary("bot", "hello");
    notifier = new InboxNotifier(
      () => JSON.stringify([current.state, current.reasons, current.agent, current.waitingSince]),
      () => sent.push(current),
    );
  });
  afterEach(() => vi.useRealTimers());

  it("sends the changes of one step as one update", async () => {
    notifier.changed();
    notifier.changed();
    await settle();
    expect(sent).toHaveLength(1);
  });

  it("sends a state change at once, and holds a new last message alone until the throttle passes", async () => {
    notifier.changed();
    await settle();
    current = summary("bot", "second message");
    notifier.changed();
    await settle();
    current = summary("bot", "third message");
    notifier.changed();
    await settle();
    expect(sent.map((s) => s.lastMessage?.text)).toEqual(["hello"]);
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(sent.map((s) => s.lastMessage?.text)).toEqual(["hello", "third message"]);

    current = summary("waiting_human", "a person please");
    notifier.changed();
    await settle();
    expect(sent.at(-1)).toMatchObject({ state: "waiting_human", lastMessage: { text: "a person please" } });
  });
});
