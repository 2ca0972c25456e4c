// Each isolate keeps the search index of the sites its conversations belong to, one per knowledge version:
// a message is then searched where it is decided, with no round trip to the site's object. The index is built
// from the site's articles the first time a conversation of the site needs this version.
import type { Passage } from "../guard/types.ts";
import { buildIndex, type KnowledgeIndex } from "../knowledge/knowledge-index.ts";
import type { SiteDO } from "../site/site-do.ts";

/** Sites whose index an isolate keeps; the least recently used is dropped past this. */
const MAX_SITES = 8;
const indexes = new Map<string, { version: number; index: Promise<KnowledgeIndex> }>();

export async function searchSite(
  site: DurableObjectStub<SiteDO>,
  siteId: string,
  version: number,
  query: string,
  language: string,
): Promise<Passage[]> {
  let entry = indexes.get(siteId);
  if (!entry || entry.version < version) {
    // A promise, so conversations asking at the same moment share one build.
    const index = site.articles().then(({ articles }) => buildIndex(articles));
    entry = { version, index };
    index.catch(() => indexes.delete(siteId));
  }
  indexes.delete(siteId);
  indexes.set(siteId, entry);
  if (indexes.size > MAX_SITES) indexes.delete(indexes.keys().next().value!);
  return (await entry.index).search(query, language);
}
