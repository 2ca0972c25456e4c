-- Decision records forwarded from the conversations (outbox), for analytics and audit queries across a site.
CREATE TABLE IF NOT EXISTS decisions (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  auto_sent INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_site_time ON decisions (site_id, at);
CREATE INDEX IF NOT EXISTS decisions_by_conversation ON decisions (conversation_id, seq);
