// A site's searchable knowledge: built once per knowledge version, then searched for every customer message.
// One MiniSearch index per article language, so each language's words are stemmed by their own stemmer.
//
// Scores. MiniSearch ranks by BM25, whose scale depends on the query and the collection, so it cannot be held
// against a threshold. The score we report is the share of the question's information the passage matches:
//   score = Σ idf(t) over the query terms t found in the passage / Σ idf(t) over all query terms,
// with the BM25 idf, idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)), N passages in the language, df the passages
// holding t. A passage holding every topic word of the question scores 1; one holding only its commonest word
// scores near 0; a word the knowledge never mentions ("bitcoin") weighs the most, so a question the knowledge
// does not cover scores low. The relevance checkpoint compares this score with its threshold. BM25 still
// orders passages of equal score (more occurrences, shorter passage, a match in the title first).
import MiniSearch, { type AsPlainObject } from "minisearch";
import type { Passage } from "../guard/types.ts";
import type { Article } from "./article.ts";
import { chunkArticle, type Chunk } from "./chunk.ts";
import { documentTerm, queryTerms, tokenize } from "./search-terms.ts";

/** When the knowledge has the customer's language, passages in other languages rank as if this much weaker. */
const OTHER_LANGUAGE_WEIGHT = 0.8;
const DEFAULT_LIMIT = 5;
const FORMAT_VERSION = 1;

export interface KnowledgeIndex {
  readonly articleCount: number;
  readonly passageCount: number;
  /** The best passages for a customer's message, best first, scores 0..1 (see the top of this file). */
  search(query: string, language: string, limit?: number): Passage[];
  /** A plain object to store (e.g. in Durable Object storage) and give back to loadIndex. */
  toJSON(): SerializedIndex;
}

export interface SerializedIndex {
  version: number;
  articleCount: number;
  passages: Chunk[];
  languages: Record<string, AsPlainObject>;
}

interface IndexedPassage {
  id: number;
  title: string;
  text: string;
}

export function buildIndex(articles: Article[]): KnowledgeIndex {
  const passages: Chunk[] = [];
  const byLanguage = new Map<string, MiniSearch<IndexedPassage>>();
  for (const article of articles) {
    for (const passage of chunkArticle(article)) {
      let index = byLanguage.get(passage.language);
      if (!index) {
        index = new MiniSearch(optionsFor(passage.language));
        byLanguage.set(passage.language, index);
      }
      // Title, section heading and tags say what a passage is about, so they are searched as its title.
      const title = [passage.title, passage.heading, ...(article.tags ?? [])].filter(Boolean).join(" ");
      index.add({ id: passages.length, title, text: passage.text });
      passages.push(passage);
    }
  }
  return createIndex(articles.length, passages, byLanguage);
}

export function loadIndex(serialized: SerializedIndex): KnowledgeIndex {
  if (serialized.version !== FORMAT_VERSION) throw new Error(`knowledge index format ${serialized.version} is not ${FORMAT_VERSION}`);
  const byLanguage = new Map(
    Object.entries(serialized.languages).map(([language, plain]) => [language, MiniSearch.loadJS<IndexedPassage>(plain, optionsFor(language))]),
  );
  return createIndex(serialized.articleCount, serialized.passages, byLanguage);
}

function createIndex(articleCount: number, passages: Chunk[], byLanguage: Map<string, MiniSearch<IndexedPassage>>): KnowledgeIndex {
  return {
    articleCount,
    passageCount: passages.length,
    search(query, language, limit = DEFAULT_LIMIT) {
      const preferOwn = byLanguage.has(language);
      const found: { id: number; score: number; rank: number; bm25: number }[] = [];
      for (const [indexLanguage, index] of byLanguage) {
        const weight = !preferOwn || indexLanguage === language ? 1 : OTHER_LANGUAGE_WEIGHT;
        for (const hit of scoredHits(index, queryTerms(query, indexLanguage))) found.push({ ...hit, rank: hit.score * weight });
      }
      found.sort((a, b) => b.rank - a.rank || b.bm25 - a.bm25);
      return found.slice(0, limit).map(({ id, score }) => toPassage(passages[id], score));
    },
    toJSON() {
      return {
        version: FORMAT_VERSION,
        articleCount,
        passages,
        languages: Object.fromEntries([...byLanguage].map(([language, index]) => [language, index.toJSON()])),
      };
    },
  };
}

function scoredHits(index: MiniSearch<IndexedPassage>, terms: string[]): { id: number; score: number; bm25: number }[] {
  if (terms.length === 0) return [];
  // The terms are already processed; MiniSearch is told to take them as they are.
  const hits = index.search(terms.join(" "), { tokenize: (q) => q.split(" "), processTerm: (t) => t });
  const df = new Map<string, number>();
  for (const hit of hits) for (const term of hit.queryTerms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = index.documentCount;
  const idf = (term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const total = terms.reduce((sum, term) => sum + idf(term), 0);
  return hits.map((hit) => ({
    id: hit.id as number,
    score: hit.queryTerms.reduce((sum, term) => sum + idf(term), 0) / total,
    bm25: hit.score,
  }));
}

function optionsFor(language: string) {
  return {
    fields: ["title", "text"],
    tokenize,
    processTerm: (word: string) => documentTerm(word, language),
    searchOptions: { combineWith: "OR" as const, prefix: false, fuzzy: false, boost: { title: 2 } },
  };
}

function toPassage(chunk: Chunk, score: number): Passage {
  return {
    articleId: chunk.articleId,
    title: chunk.heading ? `${chunk.title} › ${chunk.heading}` : chunk.title,
    text: chunk.text,
    score: Math.round(score * 1000) / 1000,
    language: chunk.language,
  };
}
