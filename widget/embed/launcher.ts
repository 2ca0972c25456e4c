// The only thing drawn before the visitor asks for chat: a round button in a shadow root, so the
// page's CSS cannot break it and ours cannot leak. The panel is later mounted into `slot`, beside it.
import type { EmbedConfig } from "./embed-config.ts";

export interface Launcher {
  slot: HTMLElement;
  setOpen(open: boolean): void;
  setUnread(unread: boolean): void;
  /** Gives focus back to the button if it was inside the widget (a closed panel must not strand it). */
  reclaimFocus(): void;
}

const labels = {
  en: ["Open chat", "Close chat", "new message"],
  fr: ["Ouvrir la discussion", "Fermer la discussion", "nouveau message"],
  de: ["Chat öffnen", "Chat schließen", "neue Nachricht"],
  es: ["Abrir el chat", "Cerrar el chat", "mensaje nuevo"],
};

/** The launcher, the header and the customer's messages without a data-color or --steward-accent. */
export const DEFAULT_ACCENT = "#24527a";

const css = (accent: string) => `
:host{all:initial;position:fixed;bottom:20px;right:20px;z-index:var(--steward-z,2147483000);
--_accent:var(--steward-accent,${accent});--_on-accent:var(--steward-accent-text,#fff);
--_font:var(--steward-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);--_radius:var(--steward-radius,16px);--_focus:var(--steward-focus,#1a5fd0)}
:host([data-position=left]){right:auto;left:20px}
.launcher{position:relative;display:grid;place-items:center;width:56px;height:56px;border:0;border-radius:50%;cursor:pointer;
background:var(--_accent);color:var(--_on-accent);box-shadow:0 6px 20px rgba(0,0,0,.22);transition:transform .15s}
.launcher:hover{transform:scale(1.06)}
.launcher svg{width:26px;height:26px}
.launcher .x,.launcher[aria-expanded=true] .c{display:none}
.launcher[aria-expanded=true] .x{display:block}
.badge{position:absolute;top:1px;right:1px;width:14px;height:14px;border-radius:50%;background:#d93036;border:2px solid #fff;box-sizing:border-box}
:focus-visible{outline:3px solid var(--_focus);outline-offset:3px}
@media (prefers-reduced-motion:reduce){.launcher{transition:none}}`;

const icons =
  '<svg class="c" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>' +
  '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6 6 18"/></svg>' +
  '<span class="badge" hidden></span>';

/** Dark text on a light accent, white on a dark one, unless the page chose with --steward-accent-text. */
function textColorFor(background: string): string | undefined {
  const channels = background.match(/[\d.]+/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) return undefined;
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(channels[0]) + 0.7152 * linear(channels[1]) + 0.0722 * linear(channels[2]);
  return luminance > 0.179 ? "#111" : undefined;
}

export function createLauncher(config: EmbedConfig, onToggle: () => void): Launcher {
  const [openLabel, closeLabel, unreadLabel] = labels[config.widget.language];
  const host = document.createElement("div");
  host.id = "steward-widget";
  host.dataset.position = config.position;
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = css(config.color ?? DEFAULT_ACCENT);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "launcher";
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  button.innerHTML = icons;
  button.onclick = onToggle;
  const badge = button.lastElementChild as HTMLElement;
  const slot = document.createElement("div");
  shadow.append(style, button, slot);
  document.body.append(host);

  const dark = textColorFor(getComputedStyle(button).backgroundColor);
  if (dark) host.style.setProperty("--_on-accent", `var(--steward-accent-text,${dark})`);

  let open = false;
  const label = () => button.setAttribute("aria-label", open ? closeLabel : badge.hidden ? openLabel : `${openLabel} (${unreadLabel})`);
  label();
  return {
    slot,
    setOpen(next) {
      open = next;
      button.setAttribute("aria-expanded", String(next));
      label();
    },
    setUnread(unread) {
      badge.hidden = !unread;
      label();
    },
    reclaimFocus() {
      if (shadow.activeElement && shadow.activeElement !== button) button.focus();
    },
  };
}
