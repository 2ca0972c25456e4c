// The one error a reply provider may throw. The pipeline does not retry on it: it escalates to a person.
export type ProviderErrorCode =
  /** The provider is named by the policy but cannot run: no binding, no secret. */
  | "not_configured"
  | "timeout"
  /** The service could not be reached, or answered with an error status. */
  | "unavailable"
  /** The service answered, but not with a reply we can read. */
  | "bad_response"
  /** The answer is bigger than any reply we would send. */
  | "too_large"
  /** A defect in our own code, kept apart so it is not mistaken for an outage. */
  | "internal";

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly provider: string;
  /** HTTP status of the service's answer, when it gave one. */
  readonly status?: number;

  constructor(code: ProviderErrorCode, provider: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(`${provider}: ${message}`, { cause: options.cause });
    this.name = "ProviderError";
    this.code = code;
    this.provider = provider;
    this.status = options.status;
  }
}

/** Anything thrown while drafting, as a ProviderError that keeps the original as its cause. */
export function toProviderError(error: unknown, provider: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError("internal", provider, message, { cause: error });
}
