// One way to call the Steward API from a browser: JSON in, JSON out, and exactly two kinds of failure
// the UI has to tell apart — the server answered "no" (ApiError), or nobody answered (Unreachable).
import type { ErrorBody } from "../../shared/protocol.ts";

/** The server answered with an error body; `status` and `code` say why. */
export class ApiError extends Error {
  status: number;
  code: string;
  field?: string;
  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body?.error?.code ?? "http_" + status;
    this.field = body?.error?.field;
  }
}

/** No answer at all: offline, DNS, connection refused, CORS refusal. Safe to retry later. */
export class Unreachable extends Error {
  constructor(cause: unknown) {
    super("service unreachable", { cause });
    this.name = "Unreachable";
  }
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function requestJson<T>(base: string, method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.token) headers.authorization = "Bearer " + options.token;
  let response: Response;
  try {
    response = await fetch(base + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      // Tokens travel in the Authorization header; cookies of the host page must never be sent along.
      credentials: "omit",
    });
  } catch (error) {
    throw new Unreachable(error);
  }
  const data = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, data as Partial<ErrorBody> | undefined);
  return data as T;
}
