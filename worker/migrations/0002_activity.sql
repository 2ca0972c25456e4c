-- Countable moments of a conversation (no message text): the analytics read these beside the decisions.
CREATE TABLE IF NOT EXISTS activity (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,   -- conversation_started | customer_message | handoff | escalation (one per reason) | first_human_reply | rating
  label TEXT,           -- the escalation reason, or the rating (up | down)
  value REAL            -- seconds to the first human reply
);
CREATE INDEX IF NOT EXISTS activity_by_site_time ON activity (site_id, at);
CREATE INDEX IF NOT EXISTS activity_by_conversation ON activity (conversation_id);
