/** The server answered with an error body; `status` and `code` say why. */
export class ApiError extends Error {
    status;
    code;
    field;
    constructor(status, body) {
        super(body?.error?.message ?? `HTTP ${status}`);
        this.name = "ApiError";
        this.status = status;
        this.code = body?.error?.code ?? "http_" + status;
        this.field = body?.error?.field;
    }
}
/** No answer at all: offline, DNS, connection refused, CORS refusal. Safe to retry later. */
export class Unreachable extends Error {
    constructor(cause) {
        super("service unreachable", { cause });
        this.name = "Unreachable";
    }
}
export async function requestJson(base, method, path, options = {}) {
    const headers = { accept: "application/json" };
    if (options.body !== undefined)
        headers["content-type"] = "application/json";
    if (options.token)
        headers.authorization = "Bearer " + options.token;
    let response;
    try {
        response = await fetch(base + path, {
            method,
            headers,
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
            signal: options.signal,
            // Tokens travel in the Authorization header; cookies of the host page must never be sent along.
            credentials: "omit",
        });
    }
    catch (error) {
        throw new Unreachable(error);
    }
    const data = await response.json().catch(() => undefined);
    if (!response.ok)
        throw new ApiError(response.status, data);
    return data;
}
