// A site's searchable knowledge: built once per knowledge version, then searched for every customer message.
// One index per article language (language-index.ts), so each language's words meet their own stemmer.
// Scores are 0..1, comparable across questions and sites: see match-score.ts. One passage per article at
// most: an article's sections share its title, and a question about the title would otherwise get the same
// article back once per section. The article ranks by its best passage; the passage returned is the section
// whose own text holds most of the question (the tags may name what only one section is about).
import type { Passage } from "../guard/types.ts";
import type { Article } from "./article.ts";
import { chunkArticle, type Chunk } from "./chunk.ts";
import { buildLanguageIndex, loadLanguageIndex, type IndexedPassage, type LanguageIndex, type SerializedLanguageIndex } from "./language-index.ts";
import { factKinds, kindTerm } from "./fact-kinds.ts";
import { questionTerms, type Asked, type Wording } from "./search-terms.ts";
import { TopHits } from "./top-hits.ts";

/**
 * The knowledge in the customer's language answers first. Other languages are searched only when it has no
 * good match (below this score), and their passages then rank as if OTHER_LANGUAGE_WEIGHT times weaker.
 */
const OWN_LANGUAGE_GOOD_ENOUGH = 0.5;
const OTHER_LANGUAGE_WEIGHT = 0.8;
const DEFAULT_LIMIT = 5;
const FORMAT_VERSION = 5;

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
      const list = byLanguage.get(passage.language) ?? [];
      list.push({
        id: passages.length,
        // Title and tags say what the article is about, so they are searched as the title of each of its passages.
        title: [passage.title, ...(article.tags ?? [])].join(" "),
        heading: passage.heading ?? "",
        text: passage.text,
        marks: factKinds(passage.text).map(kindTerm).join(" "),
      });
      byLanguage.set(passage.language, list);
      passages.push(passage);
    }
  }
  const indexes = new Map([...byLanguage].map(([language, list]) => [language, buildLanguageIndex(language, list)]));
  return searchable(articles.length, passages, indexes);
}

export function loadIndex(serialized: SerializedIndex): KnowledgeIndex {
  if (serialized.version !== FORMAT_VERSION) throw new Error(`knowledge index format ${serialized.version} is not ${FORMAT_VERSION}`);
  const indexes = new Map(Object.entries(serialized.languages).map(([language, plain]) => [language, loadLanguageIndex(plain)]));
  return searchable(serialized.articleCount, serialized.passages, indexes);
}

function searchable(articleCount: number, passages: Chunk[], indexes: Map<string, LanguageIndex>): KnowledgeIndex {
  const articleOf = (id: number) => passages[id].articleId;
  const sectionsOf = new Map<string, number[]>();
  for (const [id, passage] of passages.entries()) sectionsOf.set(passage.articleId, [...(sectionsOf.get(passage.articleId) ?? []), id]);
  return {
    articleCount,
    passageCount: passages.length,
    search(query, language, limit = DEFAULT_LIMIT) {
      const best = new TopHits(limit);
      const foundBy = new Map<number, { index: LanguageIndex; asked: Asked[] }>();
      const searchIn = (index: LanguageIndex, asked: Asked[], weight: number) => {
        for (const hit of index.search(asked, limit, articleOf)) {
          best.offer(hit, hit.rank * weight, articleOf(hit.id));
          foundBy.set(hit.id, { index, asked });
        }
      };
      const own = indexes.get(language);
      if (own) searchIn(own, askedIn(query, language), 1);
      if (!best.hits().some((hit) => hit.score >= OWN_LANGUAGE_GOOD_ENOUGH)) {
        for (const [other, index] of indexes) if (other !== language) searchIn(index, askedIn(query, other), own ? OTHER_LANGUAGE_WEIGHT : 1);
      }
      // The article's title may be what matched: the passage given is the section whose own text says most of it.
      // Pushed, not mapped, for the reason askedIn gives: the draft filters this list.
      const found: Passage[] = [];
      for (const { id, score } of best.hits()) {
        const { index, asked } = foundBy.get(id)!;
        found.push(toPassage(passages[index.bestSection(asked, sectionsOf.get(articleOf(id))!)], score));
      }
      return found;
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

/** What a question asks, with the kinds of fact it asks for as parts of their own (fact-kinds.ts). */
function askedIn(query: string, language: string): Asked[] {
  const { asked, kinds } = questionTerms(query, language);
  // Pushed, not mapped: an array made by `map` is packed or holey depending on whether V8 has optimised the
  // code that made it, and the search's optimised code is thrown away on meeting a kind it has not seen.
  const all = [...asked];
  for (const either of kinds) {
    const wordings: Wording[] = [];
    for (const kind of either) wordings.push([kindTerm(kind)]);
    all.push(wordings);
  }
  return all;
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
