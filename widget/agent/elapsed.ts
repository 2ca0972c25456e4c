// How long ago, as an agent reads it at a glance: "just now", "4 min", "2 h 05", "3 d".
export function elapsed(since: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(since)) / 60_000);
  if (!(minutes >= 1)) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, "0")}`;
  return `${Math.floor(hours / 24)} d`;
}

/** "4 min ago", or "just now". */
export function ago(since: string, now: number): string {
  const span = elapsed(since, now);
  return span === "just now" ? span : span + " ago";
}
