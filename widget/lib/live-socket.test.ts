import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServerFrame } from "../../shared/protocol.ts";
import { openLiveSocket } from "./live-socket.ts";

class FakeSocket {
  static all: FakeSocket[] = [];
  url: string;
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(url: string) {
    this.url = url;
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
  serverSends(frame: ServerFrame | string) {
    this.onmessage?.({ data: typeof frame === "string" ? frame : JSON.stringify(frame) });
  }
}

const latest = () => FakeSocket.all.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
});
afterEach(() => vi.useRealTimers());

function open(after: () => number, frames: ServerFrame[] = []) {
  return openLiveSocket({
    url: () => "ws://x/socket?after=" + after(),
    onFrame: (frame) => frames.push(frame),
    onStatus: () => {},
    pingEvery: 1000,
    pongWithin: 500,
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
  });
}

describe("openLiveSocket", () => {
  it("reconnects after a drop, asking for events after the resume point of that moment", async () => {
    let through = 3;
    const frames: ServerFrame[] = [];
    open(() => through, frames);
    expect(latest().url).toBe("ws://x/socket?after=3");
    latest().onopen?.();
    latest().serverSends({ type: "events", events: [] });
    through = 7;
    latest().close();
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.all).toHaveLength(2);
    expect(latest().url).toBe("ws://x/socket?after=7");
  });

  it("backs off further while connections are accepted and closed without a frame", async () => {
    open(() => 0);
    const gaps: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const before = FakeSocket.all.length;
      latest().onopen?.();
      latest().close();
      let waited = 0;
      while (FakeSocket.all.length === before) {
        await vi.advanceTimersByTimeAsync(50);
        waited += 50;
      }
      gaps.push(waited);
    }
    expect(gaps[3]).toBeGreaterThan(gaps[0]);
  });

  it("treats a ping left unanswered as a drop", async () => {
    open(() => 0);
    const first = latest();
    first.onopen?.();
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.sent).toEqual(["ping"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.closed).toBe(true);
  });

  it("keeps a socket that answers its pings", async () => {
    open(() => 0);
    const first = latest();
    first.onopen?.();
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1000);
      first.serverSends("pong");
    }
    expect(first.closed).toBe(false);
  });

  it("stops for good when closed", async () => {
    const socket = open(() => 0);
    socket.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});
