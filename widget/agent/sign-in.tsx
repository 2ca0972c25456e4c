// The sign-in screen: the agent token proves the right to answer, the name is what customers are shown.
// The token is checked against the server before anything is stored, so a typo fails here, on its field.
import { useEffect, useRef, useState } from "preact/hooks";
import type { ConversationSummary } from "../../shared/inbox.ts";
import { ApiError, Unreachable } from "../lib/http.ts";
import { createAgentApi, type AgentIdentity } from "./agent-api.ts";

interface SignInProps {
  base: string;
  siteId: string;
  /** Why the agent is back here (a token refused mid-session), if that is the case. */
  notice?: string;
  onSignedIn: (identity: AgentIdentity, conversations: ConversationSummary[]) => void;
}

type Problem = { field: "token" | "name" | null; message: string };

export function SignIn({ base, siteId, notice, onSignedIn }: SignInProps) {
  const [token, setToken] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(notice ? { field: "token", message: notice } : null);
  const tokenInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => tokenInput.current?.focus(), []);

  const report = (next: Problem) => {
    setProblem(next);
    (next.field === "name" ? nameInput : tokenInput).current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const identity = { token: token.trim(), name: name.trim() };
    if (!identity.token) return report({ field: "token", message: "Enter your agent token." });
    if (!identity.name) return report({ field: "name", message: "Enter the name customers will see." });
    setBusy(true);
    try {
      const conversations = await createAgentApi(base, siteId, identity).listConversations();
      onSignedIn(identity, conversations);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 401) report({ field: "token", message: "This token was refused." });
      else if (error instanceof Unreachable) report({ field: null, message: "Steward could not be reached. Try again in a moment." });
      else report({ field: null, message: error instanceof Error ? error.message : "Sign-in failed." });
    }
  };

  const invalid = (field: Problem["field"]) => (problem?.field === field ? { "aria-invalid": true, "aria-describedby": "sign-in-problem" } : {});
  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <h1 id="sign-in-title">Steward agent inbox</h1>
        <p class="muted">Site: {siteId}</p>
        <label for="agent-token">Agent token</label>
        <input id="agent-token" ref={tokenInput} type="password" autoComplete="off" value={token} {...invalid("token")} onInput={(e) => setToken(e.currentTarget.value)} />
        <label for="agent-name">Your name</label>
        <input id="agent-name" ref={nameInput} autoComplete="name" value={name} maxLength={60} {...invalid("name")} onInput={(e) => setName(e.currentTarget.value)} />
        <p class="hint">Customers see this name when you join or reply.</p>
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
