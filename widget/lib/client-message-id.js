// An id the client picks for each message, so that a retried send is recognised by the server.
// crypto.randomUUID exists only in secure contexts; getRandomValues works on plain-http pages too.
export function newClientMessageId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return "c_" + Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
