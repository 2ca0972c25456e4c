// What the loader and the lazily loaded panel say to each other. The panel bundle assigns its mount
// function to window[PANEL_GLOBAL]; the loader calls it once, on first open.
import type { Language } from "../lib/pick-language.ts";

export const PANEL_GLOBAL = "StewardPanel";

export interface WidgetConfig {
  siteId: string;
  /** Origin of the Steward service, taken from the loader's own src. */
  apiBase: string;
  language: Language;
  /** The visitor's likely country (ISO 3166 alpha-2), for phone numbers written without a country code. */
  region?: string;
  greeting?: string;
  /** The personal-data guard bundle, beside the panel. */
  guardUrl: string;
  /** An ES module from data-onpage-model; nothing is loaded for it when absent. */
  onPageModelUrl?: string;
}

export interface VisitorUser {
  id?: string;
  email?: string;
  name?: string;
}

export type HostEventName = "message" | "handoff" | "open" | "close";

export interface PanelHost {
  emit(name: HostEventName, detail?: unknown): void;
  /** The panel's own close button or Escape: the loader hides it and gives focus back to the launcher. */
  requestClose(): void;
}

export interface PanelHandle {
  setOpen(open: boolean): void;
  setUser(user: VisitorUser | undefined): void;
}

export type MountPanel = (slot: HTMLElement, config: WidgetConfig, host: PanelHost) => PanelHandle;
