// The inbox application: sign-in until an agent token is known, then the two panes. The open
// conversation lives in the address (/agent#/conversations/<id>, the link webhooks send), so reload,
// back and a shared link work, and the Worker serves a single page.
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { ConversationSummary } from "../../shared/inbox.ts";
import { createAgentApi, type AgentIdentity } from "./agent-api.ts";
import { ConversationView } from "./conversation-view.tsx";
import { forgetIdentity, loadIdentity, saveIdentity } from "./credentials.ts";
import { InboxList } from "./inbox-list.tsx";
import { createInboxSession } from "./inbox-session.ts";
import { SignIn } from "./sign-in.tsx";
import { useStore } from "./store.ts";
import { ApiError } from "../lib/http.ts";

export interface AppConfig {
  /** Origin of the Steward service (the page's own). */
  base: string;
  siteId: string;
}

const REFUSED = "Your agent token was refused. Sign in again.";

export function App({ config }: { config: AppConfig }) {
  const [identity, setIdentity] = useState(loadIdentity);
  const [initial, setInitial] = useState<ConversationSummary[] | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const signOut = useCallback((why?: string) => {
    forgetIdentity();
    setIdentity(null);
    setNotice(why);
  }, []);

  if (!identity) {
    return (
      <SignIn
        base={config.base}
        siteId={config.siteId}
        notice={notice}
        onSignedIn={(next, conversations) => {
          saveIdentity(next);
          setInitial(conversations);
          setIdentity(next);
        }}
      />
    );
  }
  return <Inbox config={config} identity={identity} initial={initial} onSignOut={signOut} />;
}

interface InboxProps {
  config: AppConfig;
  identity: AgentIdentity;
  initial: ConversationSummary[] | undefined;
  onSignOut: (why?: string) => void;
}

function Inbox({ config, identity, initial, onSignOut }: InboxProps) {
  const api = useMemo(() => createAgentApi(config.base, config.siteId, identity), [config, identity]);
  const refused = useCallback(() => onSignOut(REFUSED), [onSignOut]);
  const inbox = useMemo(
    () =>
      createInboxSession(api, {
        initial,
        onFailure: (error) => {
          if (error instanceof ApiError && error.status === 401) refused();
        },
      }),
    [api],
  );
  useEffect(() => () => inbox.dispose(), [inbox]);
  const { conversations, loaded, live, announcement } = useStore(inbox.store);
  const selectedId = useSelectedConversation();
  const now = useClock(30_000);

  const waiting = conversations.filter((c) => c.state === "waiting_human").length;
  useEffect(() => {
    document.title = (waiting > 0 ? `(${waiting}) ` : "") + "Steward inbox";
  }, [waiting]);

  const hrefOf = (id: string) => `#/conversations/${encodeURIComponent(id)}`;
  return (
    <div class="app">
      <header class="bar">
        <h1>Steward inbox</h1>
        <span class="muted">site {config.siteId}</span>
        <span class={`live ${live}`} role="status">
          {live === "open" ? "Live" : live === "connecting" ? "Connecting…" : "Offline, reconnecting…"}
        </span>
        <span class="me">Signed in as {identity.name}</span>
        <button type="button" onClick={() => onSignOut()}>
          Sign out
        </button>
      </header>
      <div class="panes">
        <nav class="list" aria-label="Conversations">
          <InboxList
            conversations={conversations}
            loaded={loaded}
            selectedId={selectedId}
            me={identity.name}
            now={now}
            hrefOf={hrefOf}
          />
        </nav>
        <main class="main">
          {selectedId ? (
            <ConversationView
              key={selectedId}
              api={api}
              id={selectedId}
              me={identity.name}
              listed={conversations.find((c) => c.id === selectedId)}
              now={now}
              onSummary={inbox.apply}
              onUnauthorized={refused}
            />
          ) : (
            <p class="empty">Select a conversation. Those waiting for a person are at the top.</p>
          )}
        </main>
      </div>
      <p class="sr" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The conversation id in the address, following links, back and forward. */
function useSelectedConversation(): string | null {
  const read = () => {
    const match = location.hash.match(/^#\/conversations\/([^/?]+)/);
    return match ? decodeURIComponent(match[1]!) : null;
  };
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return id;
}

/** The current time, refreshed every `every` ms, for "waiting 4 min" labels. No network involved. */
function useClock(every: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(timer);
  }, [every]);
  return now;
}
