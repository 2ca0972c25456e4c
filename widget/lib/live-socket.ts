// A WebSocket that keeps coming back. Every (re)connection asks for the events after the caller's
// current resume point, so a drop costs nothing but a short wait; backoff keeps a dead server from
// being hammered; a ping that goes unanswered counts as a drop, because a vanished network often
// leaves the socket looking open for minutes.
import type { ServerFrame } from "../../shared/protocol.ts";
import { backoffDelay } from "./backoff.ts";

export type SocketStatus = "connecting" | "open" | "closed";

export interface LiveSocketOptions {
  /** Called for every attempt, so the URL carries the resume point of that moment. */
  url: () => string;
  onFrame: (frame: ServerFrame) => void;
  /** `failures` counts attempts in a row that never delivered a frame. */
  onStatus: (status: SocketStatus, failures: number) => void;
  pingEvery?: number;
  pongWithin?: number;
  WebSocketImpl?: typeof WebSocket;
}

export interface LiveSocket {
  /** Drops the current connection (if any) and connects again at once. */
  reconnectNow(): void;
  close(): void;
}

export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  const { pingEvery = 25_000, pongWithin = 10_000, WebSocketImpl = WebSocket } = options;
  let socket: WebSocket | undefined;
  let failures = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let lastHeard = 0;

  const connect = () => {
    clearTimeout(retryTimer);
    options.onStatus("connecting", failures);
    const current = new WebSocketImpl(options.url());
    socket = current;
    let delivered = false;
    current.onopen = () => {
      lastHeard = Date.now();
      options.onStatus("open", failures);
      pingTimer = setInterval(() => {
        if (Date.now() - lastHeard > pingEvery + pongWithin) current.close();
        else current.send("ping");
      }, pingEvery);
    };
    current.onmessage = (message) => {
      lastHeard = Date.now();
      if (message.data === "pong") return;
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(message.data)) as ServerFrame;
      } catch {
        return;
      }
      // Only a delivered frame proves the server accepted us; a socket that opens and is closed at
      // once (a refused token) must keep backing off.
      if (!delivered) {
        delivered = true;
        failures = 0;
      }
      options.onFrame(frame);
    };
    current.onclose = () => {
      clearInterval(pingTimer);
      if (socket !== current) return;
      socket = undefined;
      if (!delivered) failures++;
      options.onStatus("closed", failures);
      if (!stopped) retryTimer = setTimeout(connect, backoffDelay(failures));
    };
  };

  const drop = () => {
    clearInterval(pingTimer);
    const current = socket;
    socket = undefined;
    if (current) {
      current.onclose = current.onmessage = current.onopen = null;
      current.close();
    }
  };

  connect();
  return {
    reconnectNow() {
      if (stopped) return;
      drop();
      connect();
    },
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      drop();
    },
  };
}
