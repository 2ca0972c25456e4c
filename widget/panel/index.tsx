// The panel bundle (public/widget-panel.js): loaded by the loader on first open, it publishes its mount
// function on window and waits to be called.
import { render } from "preact";
import { PANEL_GLOBAL, type MountPanel, type VisitorUser } from "../embed/panel-contract.ts";
import { createCustomerApi } from "../lib/customer-api.ts";
import { ChatPanel } from "./chat-panel.tsx";
import { createChatSession } from "./chat-session.ts";
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
  const session = createChatSession({
    siteId: config.siteId,
    language: config.language,
    api: createCustomerApi(config.apiBase),
    store: localConversationStore(config.siteId),
    emit: host.emit,
  });
  const strings = stringsFor(config.language);
  let open = false;
  const draw = () =>
    render(
      <>
        <style>{panelCss}</style>
        <ChatPanel
          session={session}
          strings={strings}
          language={config.language}
          greeting={config.greeting}
          open={open}
          onClose={host.requestClose}
        />
      </>,
      slot,
    );
  draw();
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
