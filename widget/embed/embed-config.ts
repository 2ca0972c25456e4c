// Everything the loader learns from its own <script> tag. The API base is the origin the loader was
// served from, so the same tag works on any host and port, including a page served by Steward itself.
import { pickLanguage, pickRegion } from "../lib/pick-language.ts";
import type { WidgetConfig } from "./panel-contract.ts";

export interface EmbedConfig {
  widget: WidgetConfig;
  panelUrl: string;
  position: "left" | "right";
  /** A valid CSS colour from data-color; anything else is ignored rather than injected into CSS. */
  color?: string;
}

export function readEmbedConfig(script: HTMLScriptElement, browserLanguages: readonly string[]): EmbedConfig | undefined {
  const data = script.dataset;
  if (!data.site) return undefined;
  const src = new URL(script.src, location.href);
  const language = pickLanguage(data.language, browserLanguages);
  return {
    widget: {
      siteId: data.site,
      apiBase: src.origin,
      language,
      region: pickRegion(language, [data.language, document.documentElement.lang, ...browserLanguages]),
      greeting: data.greeting || undefined,
      guardUrl: new URL("widget-guard.js", src).href,
      onPageModelUrl: moduleUrl(data.onpageModel),
    },
    panelUrl: new URL("widget-panel.js", src).href,
    position: data.position === "left" ? "left" : "right",
    color: data.color && CSS.supports("color", data.color) ? data.color : undefined,
  };
}

/** The on-page model's address, relative to the page like any src; only http(s) may be imported. */
function moduleUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
