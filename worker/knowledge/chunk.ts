// Cuts an article into passages of about 60-120 words along its own structure: a passage never spans two
// sections, and paragraphs stay whole unless one alone is too long, then it is cut between sentences.
// Short passages keep retrieval precise and give replies and the compliance check little text to weigh.
import type { Article } from "./article.ts";
import { markdownBlocks } from "./markdown-blocks.ts";
import { sentences, wordCount } from "./sentences.ts";

export const MIN_PASSAGE_WORDS = 60;
export const MAX_PASSAGE_WORDS = 120;

export interface Chunk {
  articleId: string;
  title: string;
  /** The section heading the passage sits under, if any. */
  heading?: string;
  text: string;
  language: string;
}

interface Piece {
  heading?: string;
  text: string;
  words: number;
}

export function chunkArticle(article: Article): Chunk[] {
  const language = article.language ?? "en";
  const pieces = markdownBlocks(article.text).flatMap((block) =>
    splitLong(block.text, language).map((text) => ({ heading: block.heading, text, words: wordCount(text) })),
  );
  const chunks: Chunk[] = [];
  let current: Piece[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const { heading } = current[0];
    const text = current.map((p) => p.text).join("\n\n");
    chunks.push({ articleId: article.id, title: article.title, ...(heading ? { heading } : {}), text, language });
    current = [];
  };
  for (const piece of pieces) {
    const words = current.reduce((n, p) => n + p.words, 0);
    const full = words >= MIN_PASSAGE_WORDS ? words + piece.words > MAX_PASSAGE_WORDS : words + piece.words > MAX_PASSAGE_WORDS * 1.5;
    if (current.length > 0 && (current[0].heading !== piece.heading || full)) flush();
    current.push(piece);
  }
  flush();
  return chunks;
}

/** A block over the limit, as runs of whole sentences; a single sentence over it, as runs of words. */
function splitLong(text: string, language: string): string[] {
  if (wordCount(text) <= MAX_PASSAGE_WORDS) return [text];
  const runs: string[] = [];
  let run: string[] = [];
  let words = 0;
  for (const sentence of sentences(text, language).flatMap(splitWords)) {
    const n = wordCount(sentence);
    if (run.length > 0 && words + n > MAX_PASSAGE_WORDS) {
      runs.push(run.join(" "));
      run = [];
      words = 0;
    }
    run.push(sentence);
    words += n;
  }
  if (run.length > 0) runs.push(run.join(" "));
  return runs;
}

function splitWords(sentence: string): string[] {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_PASSAGE_WORDS) return [sentence];
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += MAX_PASSAGE_WORDS) runs.push(words.slice(i, i + MAX_PASSAGE_WORDS).join(" "));
  return runs;
}
