// Keeps the site's inbox in step with one conversation without making the site's object a hot spot:
// changes of one synchronous step go as one update; a change agents act on (state, reasons, agent) goes at
// once; a new last message alone waits until THROTTLE_MS after the previous update, then goes with the latest.

export const THROTTLE_MS = 5000;

export class InboxNotifier {
  /** What agents act on, from facts already in memory; null when there is no conversation (yet, or any more). */
  private readonly urgent: () => string | null;
  /** Builds and sends the whole summary: storage reads and a call to the site, so only when it goes. */
  private readonly send: () => void;
  private queued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sentKey = "";
  private sentAt = 0;

  constructor(urgent: () => string | null, send: () => void) {
    this.urgent = urgent;
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
    const key = this.urgent();
    if (key === null) return;
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
    this.send();
  }
}
