// A knowledge article as a site owner gives it, and the one schema every upload format is checked against.
import { z } from "zod";

/** Most articles a site may hold: past this, index build time and memory leave a Worker's comfort zone. */
export const MAX_ARTICLES = 5000;
export const MAX_TITLE_CHARS = 300;
export const MAX_TEXT_CHARS = 50_000;
const MAX_TAGS = 50;

export interface Article {
  /** Stable id the owner chooses; decision records cite it. */
  id: string;
  title: string;
  /** Plain text or light Markdown. */
  text: string;
  /** ISO 639-1 code; detected from the text when the owner gives none. */
  language?: string;
  tags?: string[];
}

const required = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "required" : `expected ${what}`);

export const articleSchema = z.object({
  id: z
    .string({ error: required("text") })
    .regex(/^[A-Za-z0-9._-]{1,128}$/, "use 1 to 128 letters, digits, dots, underscores or dashes"),
  title: z
    .string({ error: required("text") })
    .trim()
    .min(1, "required")
    .max(MAX_TITLE_CHARS, `at most ${MAX_TITLE_CHARS} characters`),
  text: z
    .string({ error: required("text") })
    .trim()
    .min(1, "required")
    .max(MAX_TEXT_CHARS, `at most ${MAX_TEXT_CHARS} characters`),
  language: z
    .string({ error: required("a language code") })
    .regex(/^[a-z]{2}$/, "expected a two-letter ISO 639-1 code such as en or fr")
    .optional(),
  tags: z
    .array(z.string({ error: required("text") }).trim().min(1, "empty tag").max(100, "at most 100 characters"), {
      error: required("a list of tags"),
    })
    .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
    .optional(),
});

/** Either every article of an upload, or every problem found in it: an upload is all or nothing. */
export type ParseResult = { ok: true; articles: Article[] } | { ok: false; errors: string[] };
