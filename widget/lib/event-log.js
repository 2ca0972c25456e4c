export const emptyLog = { events: [], through: 0 };
export function mergeEvents(log, incoming) {
    const known = new Set(log.events.map((event) => event.seq));
    const added = [];
    for (const event of incoming) {
        if (event.seq <= log.through || known.has(event.seq))
            continue;
        known.add(event.seq);
        added.push(event);
    }
    if (added.length === 0)
        return { log, added };
    added.sort((a, b) => a.seq - b.seq);
    const events = [...log.events, ...added].sort((a, b) => a.seq - b.seq);
    let through = log.through;
    while (known.has(through + 1))
        through++;
    return { log: { events, through }, added };
}
/** Keeps the latest `max` events (for storage); the resume point is unchanged. */
export function trimLog(log, max) {
    return log.events.length <= max ? log : { events: log.events.slice(-max), through: log.through };
}
