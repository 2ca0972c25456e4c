// The admin token and the site being looked at, kept for this browser tab only: sessionStorage ends with
// the tab, so an owner's token does not outlive the window it was typed into.
import type { AdminCredentials } from "./admin-api.ts";

const KEY = "steward.admin";

export function loadCredentials(storage: Storage = sessionStorage): AdminCredentials | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<AdminCredentials> | null;
    return typeof value?.token === "string" && typeof value.siteId === "string" ? { token: value.token, siteId: value.siteId } : null;
  } catch {
    return null;
  }
}

export function saveCredentials(credentials: AdminCredentials, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(credentials));
}

export function forgetCredentials(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
