// A site's articles in its Durable Object's SQLite, with a version that changes with every write.
import { MAX_ARTICLES, type Article } from "../knowledge/article.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  language TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS knowledge_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
`;

export interface ArticleListing {
  id: string;
  title: string;
  language: string | null;
  tags: string[];
  chars: number;
  updatedAt: string;
}

export type KnowledgeChange = { ok: true; version: number; count: number } | { ok: false; errors: string[] };

type ArticleRow = { id: string; title: string; text: string; language: string | null; tags: string; updated_at: string };

export class KnowledgeStore {
  private readonly storage: DurableObjectStorage;
  private readonly sql: SqlStorage;

  constructor(storage: DurableObjectStorage) {
    this.storage = storage;
    this.sql = storage.sql;
    this.sql.exec(SCHEMA);
  }

  version(): number {
    return this.sql.exec<{ version: number }>("SELECT version FROM knowledge_version").toArray()[0]?.version ?? 0;
  }

  count(): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM articles").one().n;
  }

  /** Replaces every article, or (with `replace` false) adds and updates; all or nothing either way. */
  write(articles: Article[], replace: boolean): KnowledgeChange {
    return this.storage.transactionSync(() => {
      if (replace) this.sql.exec("DELETE FROM articles");
      const now = new Date().toISOString();
      for (const a of articles) {
        this.sql.exec(
          "INSERT OR REPLACE INTO articles (id, title, text, language, tags, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
          a.id,
          a.title,
          a.text,
          a.language ?? null,
          JSON.stringify(a.tags ?? []),
          now,
        );
      }
      const count = this.count();
      if (count > MAX_ARTICLES) {
        // Throwing rolls the whole write back: the previous knowledge stays as it was.
        throw new TooManyArticles(count);
      }
      return { ok: true as const, version: this.bump(), count };
    });
  }

  remove(id: string): boolean {
    return this.storage.transactionSync(() => {
      const removed = this.sql.exec("DELETE FROM articles WHERE id = ?", id).rowsWritten > 0;
      if (removed) this.bump();
      return removed;
    });
  }

  list(): ArticleListing[] {
    return this.sql
      .exec<ArticleRow>("SELECT id, title, text, language, tags, updated_at FROM articles ORDER BY id")
      .toArray()
      .map((r) => ({ id: r.id, title: r.title, language: r.language, tags: JSON.parse(r.tags), chars: r.text.length, updatedAt: r.updated_at }));
  }

  get(id: string): Article | null {
    const row = this.sql.exec<ArticleRow>("SELECT * FROM articles WHERE id = ?", id).toArray()[0];
    return row ? toArticle(row) : null;
  }

  /** Every article, for the conversations that build their search index from them. */
  all(): Article[] {
    return this.sql.exec<ArticleRow>("SELECT * FROM articles ORDER BY id").toArray().map(toArticle);
  }

  private bump(): number {
    const next = this.version() + 1;
    this.sql.exec("INSERT OR REPLACE INTO knowledge_version (id, version) VALUES (1, ?)", next);
    return next;
  }
}

export class TooManyArticles extends Error {
  readonly count: number;
  constructor(count: number) {
    super(`too many articles: the site would hold ${count}, at most ${MAX_ARTICLES}`);
    this.count = count;
  }
}

function toArticle(row: ArticleRow): Article {
  return { id: row.id, title: row.title, text: row.text, ...(row.language ? { language: row.language } : {}), tags: JSON.parse(row.tags) };
}
