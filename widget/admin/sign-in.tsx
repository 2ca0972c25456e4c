// The sign-in screen: the admin token and the site to look at. Both are checked against the server (by
// reading the site) before anything is stored, so a typo fails here, on the field that has it.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, Unreachable } from "../lib/http.ts";
import { createAdminApi, type AdminCredentials, type Site } from "./admin-api.ts";

interface SignInProps {
  base: string;
  /** Site id to offer (from ?site=, else "demo"). */
  siteId: string;
  /** Why the owner is back here (a token refused mid-session), if that is the case. */
  notice?: string;
  onSignedIn: (credentials: AdminCredentials, site: Site) => void;
}

type Problem = { field: "token" | "site" | null; message: string };

export function SignIn({ base, siteId: initialSite, notice, onSignedIn }: SignInProps) {
  const [token, setToken] = useState("");
  const [siteId, setSiteId] = useState(initialSite);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(notice ? { field: "token", message: notice } : null);
  const tokenInput = useRef<HTMLInputElement>(null);
  const siteInput = useRef<HTMLInputElement>(null);

  useEffect(() => tokenInput.current?.focus(), []);

  const report = (next: Problem) => {
    setProblem(next);
    (next.field === "site" ? siteInput : tokenInput).current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const credentials = { token: token.trim(), siteId: siteId.trim() };
    if (!credentials.token) return report({ field: "token", message: "Enter the admin token." });
    if (!credentials.siteId) return report({ field: "site", message: "Enter the id of the site." });
    setBusy(true);
    try {
      onSignedIn(credentials, await createAdminApi(base, credentials).site());
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 401) report({ field: "token", message: "This token was refused." });
      else if (error instanceof ApiError && error.status === 404) report({ field: "site", message: `There is no site "${credentials.siteId}".` });
      else if (error instanceof Unreachable) report({ field: null, message: "Steward could not be reached. Try again in a moment." });
      else report({ field: null, message: error instanceof Error ? error.message : "Sign-in failed." });
    }
  };

  const invalid = (field: Problem["field"]) => (problem?.field === field ? { "aria-invalid": true, "aria-describedby": "sign-in-problem" } : {});
  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <h1 id="sign-in-title">Steward dashboard</h1>
        <label for="admin-token">Admin token</label>
        <input id="admin-token" ref={tokenInput} type="password" autoComplete="off" value={token} {...invalid("token")} onInput={(e) => setToken(e.currentTarget.value)} />
        <label for="admin-site">Site id</label>
        <input id="admin-site" ref={siteInput} autoComplete="off" spellcheck={false} value={siteId} {...invalid("site")} onInput={(e) => setSiteId(e.currentTarget.value)} />
        {problem && (
          <p id="sign-in-problem" class="problem" role="alert">
            {problem.message}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
