// The embed loader (public/widget.js), the only script a site includes. It stays tiny: it reads its
// tag, draws the launcher, installs window.Steward, and fetches the panel only when chat is first opened.
import { readEmbedConfig } from "./embed-config.ts";
import { alreadyInstalled, createEmitter, installHostApi, type StewardApi } from "./host-api.ts";
import { createLauncher } from "./launcher.ts";
import { PANEL_GLOBAL, type MountPanel, type PanelHandle, type PanelHost, type VisitorUser } from "./panel-contract.ts";

function start(script: HTMLScriptElement) {
  const config = readEmbedConfig(script, navigator.languages);
  if (!config) {
    console.warn("Steward: the widget script needs a data-site attribute.");
    return;
  }
  const events = createEmitter();
  let open = false;
  let loading = false;
  let panel: PanelHandle | undefined;
  let user: VisitorUser | undefined;

  const host: PanelHost = {
    emit(name, detail) {
      if (name === "message" && !open && (detail as { role?: string }).role !== "customer") launcher.setUnread(true);
      events.emit(name, detail);
    },
    requestClose: () => setOpen(false),
  };

  const loadPanel = () => {
    if (loading) return;
    loading = true;
    const tag = document.createElement("script");
    tag.src = config.panelUrl;
    tag.async = true;
    tag.onload = () => {
      const mount = (window as unknown as Record<string, MountPanel | undefined>)[PANEL_GLOBAL];
      if (!mount) return;
      panel = mount(launcher.slot, config.widget, host);
      panel.setUser(user);
      panel.setOpen(open);
    };
    tag.onerror = () => {
      // Offline at first open: the next click tries again.
      loading = false;
      tag.remove();
      setOpen(false);
    };
    document.head.append(tag);
  };

  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    launcher.setOpen(next);
    if (next) launcher.setUnread(false);
    if (panel) panel.setOpen(next);
    else if (next) loadPanel();
    if (!next) launcher.reclaimFocus();
    events.emit(next ? "open" : "close");
  };

  const launcher = createLauncher(config, () => setOpen(!open));
  const api: StewardApi = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    setUser(next) {
      user = next;
      panel?.setUser(next);
    },
    on: events.on,
  };
  installHostApi(api);
}

// currentScript is only set while this file first runs; read it before any waiting.
const script = (document.currentScript ?? document.querySelector("script[data-site][src*='widget.js']")) as HTMLScriptElement | null;
if (script && !alreadyInstalled()) {
  if (document.body) start(script);
  else document.addEventListener("DOMContentLoaded", () => start(script), { once: true });
}
