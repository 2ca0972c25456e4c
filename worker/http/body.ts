// Reading a JSON body against a zod schema, with errors that name the field.
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors.ts";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Parses the request's JSON body; a body over `maxBytes`, not JSON, or not matching the schema is a 4xx. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S, maxBytes = 16_384): Promise<z.output<S>> {
  const declared = Number(c.req.header("content-length") ?? 0);
  if (declared > maxBytes) throw new ApiError("payload_too_large", `The body is over ${maxBytes} bytes.`, { field: "body" });
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw new ApiError("payload_too_large", `The body is over ${maxBytes} bytes.`, { field: "body" });
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ApiError("bad_request", "The body is not valid UTF-8.", { field: "body" });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The body is not valid JSON.", { field: "body" });
  }
  return parseWith(schema, json);
}

/** Validates a value; the first issue becomes the error, named by its path (e.g. "limits.autoRepliesPerEpisode"). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "body";
  throw new ApiError("invalid_field", `${field}: ${issue.message}`, { field });
}
