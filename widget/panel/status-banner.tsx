// One line that says why things are not flowing: offline, service unreachable (with a retry), chat not
// allowed on this page, or a handoff, rating or erasure that failed; and that an erasure worked. The
// region is always present so changes are announced.
import type { ChatSnapshot } from "./chat-session.ts";
import type { Strings } from "./strings.ts";

interface StatusBannerProps {
  snapshot: ChatSnapshot;
  strings: Strings;
  onRetry: () => void;
}

export function StatusBanner({ snapshot, strings, onRetry }: StatusBannerProps) {
  const view = describe(snapshot, strings);
  return (
    <div role="status">
      {view && (
        <div class={view.error ? "banner error" : "banner"}>
          <p>{view.text}</p>
          {view.retry && (
            <button type="button" onClick={onRetry}>
              {strings.retry}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function describe({ connection, notice }: ChatSnapshot, strings: Strings) {
  if (notice === "unavailable") return { text: strings.unavailable, error: true };
  if (connection === "offline") return { text: strings.offline };
  if (connection === "unreachable") return { text: strings.unreachable, retry: true };
  if (notice === "handoffFailed") return { text: strings.handoffFailed, error: true };
  if (notice === "eraseFailed") return { text: strings.eraseFailed, error: true };
  if (notice === "ratingFailed") return { text: strings.ratingFailed, error: true };
  if (notice === "erased") return { text: strings.erased };
  return undefined;
}
