// Markdown uploads: one document is one article, with a YAML front matter block naming it:
//   ---
//   id: returns
//   title: Returning an item
//   language: en          (optional, detected when absent)
//   tags: [orders, refunds]
//   ---
// The title may instead be the document's first "# " heading.
import { parse as parseYaml } from "yaml";
import type { ParseResult } from "./article.ts";
import { validateArticles, type Candidate } from "./validate-articles.ts";

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const LEADING_TITLE = /^\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/;

/** Several documents (a multi-file upload) are named "file 1", "file 2", … in errors; a single one is not. */
export function parseMarkdownArticles(documents: string | string[]): ParseResult {
  const list = typeof documents === "string" ? [documents] : documents;
  const errors: string[] = [];
  const candidates: Candidate[] = [];
  list.forEach((document, i) => {
    const where = list.length > 1 ? `file ${i + 1}` : "document";
    const prefix = list.length > 1 ? `file ${i + 1} ` : "";
    const read = readDocument(document);
    if (typeof read === "string") {
      errors.push(`${prefix}${read}`);
      return;
    }
    candidates.push({
      value: read,
      where,
      describe: (field, problem) => (field === "text" ? `${prefix}body: ${problem}` : `${prefix}front matter: ${field}: ${problem}`),
    });
  });
  return validateArticles(candidates, errors);
}

/** The article's fields, or what is wrong with the document's front matter. */
function readDocument(document: string): Record<string, unknown> | string {
  const match = FRONT_MATTER.exec(document);
  if (!match) return "front matter: missing (start the document with a --- block giving at least id and title)";
  let fields: unknown;
  try {
    // The failsafe schema reads every value as text: "id: 0042" stays "0042", "language: no" stays "no".
    fields = parseYaml(match[1], { schema: "failsafe" }) ?? {};
  } catch (error) {
    return `front matter: not valid YAML (${firstLine(error)})`;
  }
  if (typeof fields !== "object" || Array.isArray(fields)) return "front matter: expected fields such as id: and title:";
  let body = document.slice(match[0].length);
  const article: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
  if (article.title === undefined) {
    const heading = LEADING_TITLE.exec(body);
    if (heading) {
      article.title = heading[1];
      body = body.slice(heading[0].length);
    }
  }
  if (typeof article.tags === "string") article.tags = article.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
  article.text = body;
  return article;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
