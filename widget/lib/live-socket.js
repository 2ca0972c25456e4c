import { backoffDelay } from "./backoff.ts";
export function openLiveSocket(options) {
    const { pingEvery = 25000, pongWithin = 10000, WebSocketImpl = WebSocket } = options;
    let socket;
    let failures = 0;
    let stopped = false;
    let retryTimer;
    let pingTimer;
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
                if (Date.now() - lastHeard > pingEvery + pongWithin)
                    current.close();
                else
                    current.send("ping");
            }, pingEvery);
        };
        current.onmessage = (message) => {
            lastHeard = Date.now();
            if (message.data === "pong")
                return;
            let frame;
            try {
                frame = JSON.parse(String(message.data));
            }
            catch {
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
            if (socket !== current)
                return;
            socket = undefined;
            if (!delivered)
                failures++;
            options.onStatus("closed", failures);
            if (!stopped)
                retryTimer = setTimeout(connect, backoffDelay(failures));
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
            if (stopped)
                return;
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
