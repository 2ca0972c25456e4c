// The client's copy of a conversation: events kept once each, in seq order, plus the resume point.
// Events reach the client by three roads (socket frames, HTTP catch-up, the answer to a send), in any
// order and sometimes twice; seq is the only identity that is the same on all three.
import type { ConversationEvent } from "../../shared/protocol.ts";

export interface EventLog {
  /** Known events, ascending by seq, no seq twice. May be trimmed to the latest ones. */
  events: ConversationEvent[];
  /**
   * Every seq up to and including this one has been received. Resuming asks for events after it, never
   * after the highest seq seen: an answer to a send can jump ahead of a missed event, and asking after
   * the jump would lose the missed one for good. Seqs are gapless per conversation, starting at 1.
   */
  through: number;
}

export const emptyLog: EventLog = { events: [], through: 0 };

export function mergeEvents(log: EventLog, incoming: readonly ConversationEvent[]): { log: EventLog; added: ConversationEvent[] } {
  const known = new Set(log.events.map((event) => event.seq));
  const added: ConversationEvent[] = [];
  for (const event of incoming) {
    if (event.seq <= log.through || known.has(event.seq)) continue;
    known.add(event.seq);
    added.push(event);
  }
  if (added.length === 0) return { log, added };
  added.sort((a, b) => a.seq - b.seq);
  const events = [...log.events, ...added].sort((a, b) => a.seq - b.seq);
  let through = log.through;
  while (known.has(through + 1)) through++;
  return { log: { events, through }, added };
}

/** Keeps the latest `max` events (for storage); the resume point is unchanged. */
export function trimLog(log: EventLog, max: number): EventLog {
  return log.events.length <= max ? log : { events: log.events.slice(-max), through: log.through };
}
