// The sign-in form of the agent inbox and of the owner dashboard: a token and one more field, checked against
// the server before anything is stored, so that a typo fails here, on the field that has it.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, Unreachable } from "./http.ts";

export type SignInProblem = { field: "token" | "second" | null; message: string };

interface FieldText {
  id: string;
  label: string;
  /** What to say when it is left empty. */
  missing: string;
}

export interface SignInFormProps {
  title: string;
  /** A line under the title. */
  subtitle?: string;
  token: FieldText;
  second: FieldText & { initial?: string; autoComplete: string; maxLength?: number; spellcheck?: boolean; hint?: string };
  /** Why the person is back here (a token refused mid-session), if that is the case. */
  notice?: string;
  /** Signs in with the trimmed values; throws what the server answered. */
  signIn: (token: string, second: string) => Promise<void>;
  /** A refusal about the second field (say, a site that does not exist), if the server's answer is one. */
  refusedSecond?: (error: ApiError, second: string) => string | null;
}

export function SignInForm({ title, subtitle, token: tokenText, second: secondText, notice, signIn, refusedSecond }: SignInFormProps) {
  const [token, setToken] = useState("");
  const [second, setSecond] = useState(secondText.initial ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SignInProblem | null>(notice ? { field: "token", message: notice } : null);
  const tokenInput = useRef<HTMLInputElement>(null);
  const secondInput = useRef<HTMLInputElement>(null);

  useEffect(() => tokenInput.current?.focus(), []);

  const report = (next: SignInProblem) => {
    setProblem(next);
    (next.field === "second" ? secondInput : tokenInput).current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const values = { token: token.trim(), second: second.trim() };
    if (!values.token) return report({ field: "token", message: tokenText.missing });
    if (!values.second) return report({ field: "second", message: secondText.missing });
    setBusy(true);
    try {
      await signIn(values.token, values.second);
    } catch (error) {
      setBusy(false);
      const aboutSecond = error instanceof ApiError ? refusedSecond?.(error, values.second) : null;
      if (error instanceof ApiError && error.status === 401) report({ field: "token", message: "This token was refused." });
      else if (aboutSecond) report({ field: "second", message: aboutSecond });
      else if (error instanceof Unreachable) report({ field: null, message: "Steward could not be reached. Try again in a moment." });
      else report({ field: null, message: error instanceof Error ? error.message : "Sign-in failed." });
    }
  };

  const invalid = (field: SignInProblem["field"]) => (problem?.field === field ? { "aria-invalid": true, "aria-describedby": "sign-in-problem" } : {});
  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <h1 id="sign-in-title">{title}</h1>
        {subtitle && <p class="muted">{subtitle}</p>}
        <label for={tokenText.id}>{tokenText.label}</label>
        <input id={tokenText.id} ref={tokenInput} type="password" autoComplete="off" value={token} {...invalid("token")} onInput={(e) => setToken(e.currentTarget.value)} />
        <label for={secondText.id}>{secondText.label}</label>
        <input
          id={secondText.id}
          ref={secondInput}
          autoComplete={secondText.autoComplete}
          spellcheck={secondText.spellcheck}
          maxLength={secondText.maxLength}
          value={second}
          {...invalid("second")}
          onInput={(e) => setSecond(e.currentTarget.value)}
        />
        {secondText.hint && <p class="hint">{secondText.hint}</p>}
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
