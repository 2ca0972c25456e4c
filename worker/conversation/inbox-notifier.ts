// Keeps the site's inbox in step with one conversation without making the site's object a hot spot:
// changes of one synchronous step go as one update; a change agents act on (state, reasons, agent) goes at
// once; a new last message alone waits until THROTTLE_MS after the previous update, then goes with the latest.
import type { ConversationSummary } from "../../shared/inbox.ts";

export const THROTTLE_MS = 2000;

export class InboxNotifier {
  private readonly current: () => ConversationSummary | null;
  private readonly send: (summary: ConversationSummary) => void;
  private queued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sentKey = "";
  private sentAt = 0;

  constructor(current: () => ConversationSummary | null, send: (summary: ConversationSummary) => void) {
    this.current = current;
    this.send = send;
  }

  changed(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.flush(false);
    });
  }

  private flush(fromTimer: boolean): void {
    const summary = this.current();
    if (!summary) return;
    const key = JSON.stringify([summary.state, summary.reasons, summary.agent, summary.waitingSince]);
    const wait = this.sentAt + THROTTLE_MS - Date.now();
    if (!fromTimer && key === this.sentKey && wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.flush(true);
      }, wait);
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sentKey = key;
    this.sentAt = Date.now();
    this.send(summary);
  }
}
