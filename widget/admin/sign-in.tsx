// The owner dashboard's sign-in: the admin token and the site to look at, both checked by reading the site.
import { SignInForm } from "../lib/sign-in-form.tsx";
import { createAdminApi, type AdminCredentials, type Site } from "./admin-api.ts";

interface SignInProps {
  base: string;
  /** Site id to offer (from ?site=, else "demo"). */
  siteId: string;
  /** Why the owner is back here (a token refused mid-session), if that is the case. */
  notice?: string;
  onSignedIn: (credentials: AdminCredentials, site: Site) => void;
}

export function SignIn({ base, siteId, notice, onSignedIn }: SignInProps) {
  return (
    <SignInForm
      title="Steward dashboard"
      notice={notice}
      token={{ id: "admin-token", label: "Admin token", missing: "Enter the admin token." }}
      second={{ id: "admin-site", label: "Site id", missing: "Enter the id of the site.", initial: siteId, autoComplete: "off", spellcheck: false }}
      signIn={async (token, site) => {
        const credentials = { token, siteId: site };
        onSignedIn(credentials, await createAdminApi(base, credentials).site());
      }}
      refusedSecond={(error, site) => (error.status === 404 ? `There is no site "${site}".` : null)}
    />
  );
}
