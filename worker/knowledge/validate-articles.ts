// Checks candidate articles from any upload format against one schema, and the rules that span articles
// (unique ids, the per-site limit). Errors name the row or field in the upload's own terms.
import { detectLanguage } from "../guard/text/language.ts";
import { MAX_ARTICLES, articleSchema, type Article, type ParseResult } from "./article.ts";

/** An article as read from an upload, not yet checked, with how to name its place in error messages. */
export interface Candidate {
  value: unknown;
  /** Where the article is in the upload: "articles[3]", "row 4", "file 2". */
  where: string;
  /** Turns a field path (as in Article: "title", "tags[1]") and a problem into a message for the owner. */
  describe: (field: string, problem: string) => string;
}

/** Past this many, the owner has enough to fix; the count of the rest is still given. */
const MAX_ERRORS = 50;

export function validateArticles(candidates: Candidate[], earlier: string[] = []): ParseResult {
  const errors = [...earlier];
  if (candidates.length > MAX_ARTICLES) {
    errors.push(`too many articles: ${candidates.length}, at most ${MAX_ARTICLES} a site`);
  }
  const articles: Article[] = [];
  const firstWithId = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const parsed = articleSchema.safeParse(candidate.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(candidate.describe(fieldPath(issue.path), issue.message));
      continue;
    }
    const first = firstWithId.get(parsed.data.id);
    if (first) {
      errors.push(candidate.describe("id", `"${parsed.data.id}" is already the id of ${first.where}`));
      continue;
    }
    firstWithId.set(parsed.data.id, candidate);
    articles.push(withLanguage(parsed.data));
  }
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  return { ok: true, articles };
}

function withLanguage(article: Article): Article {
  if (article.language) return article;
  return { ...article, language: detectLanguage(`${article.title}\n${article.text.slice(0, 2000)}`) };
}

/** ["tags", 2] → "tags[2]", as a person would write it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`)).join("");
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`];
}
