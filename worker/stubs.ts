// How any part of the Worker reaches a site's or a conversation's Durable Object.
import type { Env } from "./env.ts";

export function siteStub(env: Env, siteId: string) {
  return env.SITES.get(env.SITES.idFromName(siteId));
}

/** The conversation's object, or null for an id this namespace never issued. */
export function conversationStub(env: Env, conversationId: string) {
  try {
    return env.CONVERSATIONS.get(env.CONVERSATIONS.idFromString(conversationId));
  } catch {
    return null;
  }
}
