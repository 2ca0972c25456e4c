// One error vocabulary for every route: a closed set of codes, one status per code, one handler.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody } from "../../shared/protocol.ts";

const statusByCode = {
  bad_request: 400,
  invalid_field: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  not_configured: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof statusByCode;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** For rate_limited: seconds until a retry may succeed (sent as Retry-After). */
  readonly retryAfterSeconds?: number;
  constructor(code: ErrorCode, message: string, options: { field?: string; cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
  get status(): ContentfulStatusCode {
    return statusByCode[this.code];
  }
  toJSON(): ErrorBody {
    const error: ErrorBody["error"] = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    return { error };
  }
}

/** What a Durable Object returns instead of throwing: thrown errors lose their code across RPC. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: ErrorBody["error"] & { code: ErrorCode; retryAfterSeconds?: number } };

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** The value of a Durable Object's result, or its error thrown as an ApiError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { code, message, field, retryAfterSeconds } = result.error;
  throw new ApiError(code, message, { field, retryAfterSeconds });
}

/** Anything thrown, as an ApiError; unknown errors become "internal" (logged, never shown). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    const code = (Object.entries(statusByCode).find(([, s]) => s === error.status)?.[0] ?? "bad_request") as ErrorCode;
    return new ApiError(code, error.message || "Bad request.", { cause: error });
  }
  return new ApiError("internal", "Something went wrong on our side.", { cause: error });
}

export function onError(error: unknown, c: Context): Response {
  const apiError = toApiError(error);
  if (apiError.code === "internal") console.error(apiError.cause ?? error);
  if (apiError.retryAfterSeconds !== undefined) c.header("Retry-After", String(apiError.retryAfterSeconds));
  return c.json(apiError.toJSON(), apiError.status);
}
