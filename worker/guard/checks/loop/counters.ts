// The counted signs of a conversation going round in circles, each against the site's limit.
import { cueText } from "../../text/cues.ts";
import type { Turn } from "../../types.ts";

// A customer who says the answer helped closes the matter: "thanks, that solved it", "parfait, merci".
// "Thanks, but it still does not work" does not.
const RESOLVED = /(?<!\p{L})(?:thanks?|thank you|thx|solved|that helps|that helped|perfect|got it|merci|parfait|c'est bon|ca marche|danke|perfekt|gelost|alles klar|gracias|perfecto|resuelto)(?!\p{L})/u;
const STILL_OPEN = /(?<!\p{L})(?:but|still|not|mais|toujours|pas|aber|immer noch|nicht|pero|todavia|no)(?!\p{L})/u;

/** Bot replies since the last agent turn or the last customer turn that said the matter was settled. */
export function botRepliesSinceResolution(history: readonly Turn[]): number {
  let count = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role === "agent") break;
    if (turn.role === "customer" && isSettled(cueText(turn.text))) break;
    if (turn.role === "bot") count++;
  }
  return count;
}

function isSettled(text: string): boolean {
  return RESOLVED.test(text) && !STILL_OPEN.test(text);
}

// Counted in loops, not filtered into lists only to read their length.
export function autoReplies(history: readonly Turn[]): number {
  let count = 0;
  for (const turn of history) if (turn.role === "bot") count++;
  return count;
}

/** Customer messages within the window ending now, this one included. Turns without a time are not counted. */
export function messagesInWindow(history: readonly Turn[], now: number, windowSeconds: number): number {
  const since = now - windowSeconds * 1000;
  let count = 1;
  for (const t of history) if (t.role === "customer" && t.at !== undefined && t.at >= since && t.at <= now) count++;
  return count;
}
