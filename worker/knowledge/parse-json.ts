// JSON uploads: { "articles": [{ "id", "title", "text", "language"?, "tags"? }, ...] }.
import type { ParseResult } from "./article.ts";
import { validateArticles } from "./validate-articles.ts";

export function parseJsonArticles(body: string): ParseResult {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return { ok: false, errors: ['expected an object { "articles": [...] }'] };
  }
  const list = (document as { articles?: unknown }).articles;
  if (!Array.isArray(list)) {
    return { ok: false, errors: [list === undefined ? "articles: required" : "articles: expected a list"] };
  }
  return validateArticles(
    list.map((value, i) => ({
      value,
      where: `articles[${i}]`,
      describe: (field, problem) => `articles[${i}]${field ? `.${field}` : ""}: ${problem}`,
    })),
  );
}
