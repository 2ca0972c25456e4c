// The dashboard application: sign-in until an admin token and site are known, then the overview or the
// conversations with their audit trails. A token the server stops accepting leads back to sign-in.
import { useCallback, useMemo, useState } from "preact/hooks";
import { createAdminApi, type AdminCredentials, type Site } from "./admin-api.ts";
import { ConversationsPage } from "./conversations-page.tsx";
import { forgetCredentials, loadCredentials, saveCredentials } from "./credentials.ts";
import { lastDays, type DateRange } from "./date-range.ts";
import { Overview } from "./overview.tsx";
import { useRoute } from "./route.ts";
import { SessionContext, useLoad, useSession, type Session } from "./session.ts";
import { SignIn } from "./sign-in.tsx";

export interface AppConfig {
  /** Origin of the Steward service (the page's own). */
  base: string;
  /** Site offered on the sign-in screen. */
  siteId: string;
}

const REFUSED = "Your admin token was refused. Sign in again.";
const DEFAULT_DAYS = 14;

export function App({ config }: { config: AppConfig }) {
  const [credentials, setCredentials] = useState(loadCredentials);
  const [site, setSite] = useState<Site | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const signOut = useCallback((why?: string) => {
    forgetCredentials();
    setCredentials(null);
    setSite(undefined);
    setNotice(why);
  }, []);
  const session = useMemo<Session | null>(
    () => credentials && { api: createAdminApi(config.base, credentials), siteId: credentials.siteId, refused: () => signOut(REFUSED) },
    [config.base, credentials, signOut],
  );

  if (!session) {
    return (
      <SignIn
        base={config.base}
        siteId={config.siteId}
        notice={notice}
        onSignedIn={(next: AdminCredentials, known: Site) => {
          saveCredentials(next);
          setSite(known);
          setCredentials(next);
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Dashboard known={site} onSignOut={() => signOut()} />
    </SessionContext.Provider>
  );
}

function Dashboard({ known, onSignOut }: { known: Site | undefined; onSignOut: () => void }) {
  const { api, siteId } = useSession();
  const route = useRoute();
  const [range, setRange] = useState<DateRange>(() => lastDays(DEFAULT_DAYS));
  // Read again on every load of the page: the policy may have changed since sign-in.
  const fetched = useLoad((signal) => api.site(signal), [api]);
  const mode = (fetched.data ?? known)?.policy.mode;
  return (
    <div class="app">
      <header class="bar">
        <h1>Steward dashboard</h1>
        <span class="muted">
          site {siteId}
          {mode && <span class={`mode ${mode}`}> · {mode} mode</span>}
        </span>
        <nav class="tabs" aria-label="Dashboard">
          <a href="#/" aria-current={route.page === "overview" ? "page" : undefined}>
            Overview
          </a>
          <a href="#/conversations" aria-current={route.page === "conversations" ? "page" : undefined}>
            Conversations
          </a>
        </nav>
        <button type="button" class="sign-out" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {route.page === "overview" ? <Overview range={range} onRange={setRange} mode={mode} /> : <ConversationsPage selectedId={route.id} />}
    </div>
  );
}
