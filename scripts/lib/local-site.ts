// A site on this machine, for the command-line tools: knowledge read from files, the embedded checks, the
// extractive provider — the same pipeline the Worker runs, with no Worker around it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Drafter } from "../../worker/guard/pipeline.ts";
import type { Article } from "../../worker/knowledge/article.ts";
import { buildIndex } from "../../worker/knowledge/knowledge-index.ts";
import { parseKnowledge } from "../../worker/knowledge/parse-knowledge.ts";
import { parseMarkdownArticles } from "../../worker/knowledge/parse-markdown.ts";
import { createExtractiveProvider } from "../../worker/reply/extractive.ts";
import type { Policy } from "../../worker/guard/policy.ts";

const CONTENT_TYPES: Record<string, string> = { ".json": "application/json", ".csv": "text/csv", ".md": "text/markdown" };

/** Articles from a folder of Markdown files (searched recursively) or one JSON, CSV or Markdown file. */
export function readArticles(path: string): Article[] {
  const result = statSync(path).isDirectory()
    ? parseMarkdownArticles(markdownFiles(path).map((f) => readFileSync(f, "utf8")))
    : parseKnowledge(CONTENT_TYPES[extname(path).toLowerCase()] ?? "", readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${result.errors.join("; ")}`);
  return result.articles;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") && entry.name !== "README.md" ? [path] : [];
  });
}

/** The Worker's drafting, offline: retrieval from an index built once, the extractive provider. */
export function localDrafter(articles: Article[], policy: Policy): Drafter {
  const index = buildIndex(articles);
  const provider = createExtractiveProvider();
  return {
    canRetry: provider.canRetry,
    retrieve: async (message, language) => index.search(message, language),
    async draft(request) {
      const draft = await provider.draft({ ...request, policy });
      return { ...draft, passages: draft.passages.map((p) => ({ id: p.articleId, title: p.title, score: p.score })) };
    },
  };
}
