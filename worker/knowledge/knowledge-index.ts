// A site's searchable knowledge: built once per knowledge version, then searched for every customer message.
// One index per article language (language-index.ts), so each language's words meet their own stemmer.
// Scores are 0..1, comparable across questions and sites: see match-score.ts.
import type { Passage } from "../guard/types.ts";
import type { Article } from "./article.ts";
import { chunkArticle, type Chunk } from "./chunk.ts";
import { buildLanguageIndex, loadLanguageIndex, type IndexedPassage, type LanguageIndex, type SerializedLanguageIndex } from "./language-index.ts";
import { queryTerms } from "./search-terms.ts";
import { TopHits } from "./top-hits.ts";

/**
 * The knowledge in the customer's language answers first. Other languages are searched only when it has no
 * good match (below this score), and their passages then rank as if OTHER_LANGUAGE_WEIGHT times weaker.
 */
const OWN_LANGUAGE_GOOD_ENOUGH = 0.5;
const OTHER_LANGUAGE_WEIGHT = 0.8;
const DEFAULT_LIMIT = 5;
const FORMAT_VERSION = 3;

export interface KnowledgeIndex {
  readonly articleCount: number;
  readonly passageCount: number;
  /** The best passages for a customer's message, best first, scores 0..1. */
  search(query: string, language: string, limit?: number): Passage[];
  /** A plain object to store (e.g. in Durable Object storage) and give back to loadIndex. */
  toJSON(): SerializedIndex;
}

export interface SerializedIndex {
  version: number;
  articleCount: number;
  passages: Chunk[];
  languages: Record<string, SerializedLanguageIndex>;
}

export function buildIndex(articles: Article[]): KnowledgeIndex {
  const passages: Chunk[] = [];
  const byLanguage = new Map<string, IndexedPassage[]>();
  for (const article of articles) {
    for (const passage of chunkArticle(article)) {
      // Title, section heading and tags say what a passage is about, so they are searched as its title.
      const title = [passage.title, passage.heading, ...(article.tags ?? [])].filter(Boolean).join(" ");
      const list = byLanguage.get(passage.language) ?? [];
      list.push({ id: passages.length, title, text: passage.text });
      byLanguage.set(passage.language, list);
      passages.push(passage);
    }
  }
  const indexes = new Map([...byLanguage].map(([language, list]) => [language, buildLanguageIndex(language, list)]));
  return searchable(articles.length, passages, indexes);
}

export function loadIndex(serialized: SerializedIndex): KnowledgeIndex {
  if (serialized.version !== FORMAT_VERSION) throw new Error(`knowledge index format ${serialized.version} is not ${FORMAT_VERSION}`);
  const indexes = new Map(Object.entries(serialized.languages).map(([language, plain]) => [language, loadLanguageIndex(language, plain)]));
  return searchable(serialized.articleCount, serialized.passages, indexes);
}

function searchable(articleCount: number, passages: Chunk[], indexes: Map<string, LanguageIndex>): KnowledgeIndex {
  return {
    articleCount,
    passageCount: passages.length,
    search(query, language, limit = DEFAULT_LIMIT) {
      const best = new TopHits(limit);
      const own = indexes.get(language);
      if (own) for (const hit of own.search(queryTerms(query, language), limit)) best.offer(hit);
      if (!best.hits().some((hit) => hit.score >= OWN_LANGUAGE_GOOD_ENOUGH)) {
        const weight = own ? OTHER_LANGUAGE_WEIGHT : 1;
        for (const [other, index] of indexes) {
          if (other === language) continue;
          for (const hit of index.search(queryTerms(query, other), limit)) best.offer(hit, hit.score * weight);
        }
      }
      return best.hits().map(({ id, score }) => toPassage(passages[id], score));
    },
    toJSON() {
      return {
        version: FORMAT_VERSION,
        articleCount,
        passages,
        languages: Object.fromEntries([...indexes].map(([language, index]) => [language, index.toJSON()])),
      };
    },
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
