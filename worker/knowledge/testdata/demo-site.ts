// The demo store's help centre (demo/knowledge) and customer questions about it, written for retrieval tests:
// most answered by one article (`expect`), some by none (price matching, loyalty, restocks...).
// demo-questions.jsonl tuned retrieval; demo-questions-holdout.jsonl was written before it was measured.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../article.ts";
import { parseMarkdownArticles } from "../parse-markdown.ts";

export interface DemoQuestion {
  id: string;
  language: string;
  text: string;
  /** The article that answers it, or null when the knowledge does not. */
  expect: string | null;
}

const here = new URL(".", import.meta.url).pathname;
const knowledge = join(here, "../../../demo/knowledge");

export function demoArticles(): Article[] {
  const files = ["en", "fr"].flatMap((language) =>
    readdirSync(join(knowledge, language))
      .filter((name) => name.endsWith(".md"))
      .map((name) => readFileSync(join(knowledge, language, name), "utf8")),
  );
  const parsed = parseMarkdownArticles(files);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.articles;
}

/** One line a question, in the simulate command's format (so `npm run simulate -- <file>` replays them). */
export function demoQuestions(file: "demo-questions.jsonl" | "demo-questions-holdout.jsonl"): DemoQuestion[] {
  return readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const { id, expect, messages } = JSON.parse(line) as { id: string; expect: string | null; messages: { text: string }[] };
      return { id, language: id.slice(0, 2), text: messages[0].text, expect };
    });
}
