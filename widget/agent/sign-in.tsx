// The agent inbox's sign-in: the agent token proves the right to answer, the name is what customers are shown.
import type { ConversationSummary } from "../../shared/inbox.ts";
import { SignInForm } from "../lib/sign-in-form.tsx";
import { createAgentApi, type AgentIdentity } from "./agent-api.ts";

interface SignInProps {
  base: string;
  siteId: string;
  /** Why the agent is back here (a token refused mid-session), if that is the case. */
  notice?: string;
  onSignedIn: (identity: AgentIdentity, conversations: ConversationSummary[]) => void;
}

export function SignIn({ base, siteId, notice, onSignedIn }: SignInProps) {
  return (
    <SignInForm
      title="Steward agent inbox"
      subtitle={`Site: ${siteId}`}
      notice={notice}
      token={{ id: "agent-token", label: "Agent token", missing: "Enter your agent token." }}
      second={{
        id: "agent-name",
        label: "Your name",
        missing: "Enter the name customers will see.",
        autoComplete: "name",
        maxLength: 60,
        hint: "Customers see this name when you join or reply.",
      }}
      signIn={async (token, name) => {
        const identity = { token, name };
        onSignedIn(identity, await createAgentApi(base, siteId, identity).listConversations());
      }}
    />
  );
}
