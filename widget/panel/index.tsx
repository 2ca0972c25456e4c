// The panel bundle (public/widget-panel.js): loaded by the loader on first open, it publishes its mount
// function on window and waits to be called. It asks the site's widget configuration at once (allowed
// link domains, languages, greeting) and draws with safe defaults until it arrives: no links at all.
import { render } from "preact";
import { PANEL_GLOBAL, type MountPanel, type VisitorUser } from "../embed/panel-contract.ts";
import { createCustomerApi, type SiteWidgetConfig } from "../lib/customer-api.ts";
import { loadOnPageCheck } from "../lib/on-page-check.ts";
import { pickLanguage, pickRegion } from "../lib/pick-language.ts";
import { ChatPanel } from "./chat-panel.tsx";
import { createChatSession } from "./chat-session.ts";
import { createGuardLoader } from "./load-guard.ts";
import type { MessageChecks } from "./prepare-message.ts";
import { localConversationStore } from "./saved-conversation.ts";
import { stringsFor } from "./strings.ts";
import { panelCss } from "./styles.ts";

/** Only string fields the host page set, so nothing else it passes by mistake leaves the page. */
function customerAttributes(user: VisitorUser | undefined): Record<string, string> | undefined {
  if (!user) return undefined;
  const entries = (["id", "email", "name"] as const).filter((key) => typeof user[key] === "string").map((key) => [key, user[key]!]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const mount: MountPanel = (slot, config, host) => {
  const api = createCustomerApi(config.apiBase);
  let language = config.language;
  let site: SiteWidgetConfig | undefined;
  const session = createChatSession({
    siteId: config.siteId,
    language: () => language,
    api,
    store: localConversationStore(config.siteId),
    emit: host.emit,
  });
  const guard = createGuardLoader(config.guardUrl);
  const checks: MessageChecks = {
    loadGuard: guard.load,
    region: config.region,
    // Only a site that named a module gets one; the import starts now, so its engine can warm up.
    onPage: config.onPageModelUrl ? loadOnPageCheck(config.onPageModelUrl) : undefined,
  };
  let open = false;
  const draw = () =>
    render(
      <>
        <style>{panelCss}</style>
        <ChatPanel
          session={session}
          strings={stringsFor(language)}
          language={language}
          greeting={config.greeting ?? site?.greeting?.[language]}
          allowedLinkDomains={site?.allowedLinkDomains ?? []}
          checks={checks}
          onWrite={guard.warm}
          open={open}
          onClose={host.requestClose}
        />
      </>,
      slot,
    );
  draw();
  api.widgetConfig(config.siteId).then(
    (fetched) => {
      site = fetched;
      // A site that does not speak the visitor's language gets the closest one it does.
      if (fetched.languages.length > 0 && !fetched.languages.includes(language)) {
        language = pickLanguage(undefined, navigator.languages, fetched.languages);
        checks.region = pickRegion(language, [document.documentElement.lang, ...navigator.languages]);
      }
      draw();
    },
    // Unknown or unreachable: chat still works without links; sending will explain a real refusal.
    () => {},
  );
  return {
    setOpen(next) {
      open = next;
      draw();
    },
    setUser(user) {
      session.setCustomer(customerAttributes(user));
    },
  };
};

(window as unknown as Record<string, MountPanel>)[PANEL_GLOBAL] = mount;
