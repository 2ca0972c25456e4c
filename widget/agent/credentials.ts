// The agent's token and display name, kept for this browser tab only: sessionStorage ends with the tab,
// so a shared support desk does not stay signed in after the window is closed.
import type { AgentIdentity } from "./agent-api.ts";

const KEY = "steward.agent";

export function loadIdentity(storage: Storage = sessionStorage): AgentIdentity | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<AgentIdentity> | null;
    return typeof value?.token === "string" && typeof value.name === "string" ? { token: value.token, name: value.name } : null;
  } catch {
    return null;
  }
}

export function saveIdentity(identity: AgentIdentity, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(identity));
}

export function forgetIdentity(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
