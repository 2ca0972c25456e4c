// One entry point for uploads: picks the parser by the request's content type.
import type { ParseResult } from "./article.ts";
import { parseCsvArticles } from "./parse-csv.ts";
import { parseJsonArticles } from "./parse-json.ts";
import { parseMarkdownArticles } from "./parse-markdown.ts";

const parsers: Record<string, (body: string) => ParseResult> = {
  "application/json": parseJsonArticles,
  "text/markdown": parseMarkdownArticles,
  "text/x-markdown": parseMarkdownArticles,
  "text/csv": parseCsvArticles,
};

/** Content types an upload may have (parameters such as "; charset=utf-8" are ignored). */
export const KNOWLEDGE_CONTENT_TYPES = Object.keys(parsers);

export function parseKnowledge(contentType: string, body: string): ParseResult {
  const type = contentType.split(";")[0].trim().toLowerCase();
  const parse = parsers[type];
  if (!parse) {
    return { ok: false, errors: [`unsupported content type "${type}": use application/json, text/markdown or text/csv`] };
  }
  return parse(body);
}
