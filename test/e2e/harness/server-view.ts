// The server's own record of a conversation, read over HTTP like any API client (no Origin header, so
// judged by the token alone): what tests compare the widget's transcript against.
import type { ConversationEvent, MessageEvent } from "../../../shared/protocol.ts";
import type { SavedAccess } from "./store-page.ts";

export async function serverEvents(url: string, access: SavedAccess): Promise<ConversationEvent[]> {
  const response = await fetch(`${url}/v1/conversations/${access.conversationId}/events?after=0`, {
    headers: { authorization: "Bearer " + access.token },
  });
  if (!response.ok) throw new Error(`events: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { events: ConversationEvent[] }).events;
}

export async function serverMessages(url: string, access: SavedAccess): Promise<MessageEvent[]> {
  return (await serverEvents(url, access)).filter((event): event is MessageEvent => event.type === "message");
}

/** Sends as the customer from outside the browser (another device of theirs, as far as the server knows). */
export async function sendFromOutside(url: string, access: SavedAccess, clientMessageId: string, text: string): Promise<void> {
  const response = await fetch(`${url}/v1/conversations/${access.conversationId}/messages`, {
    method: "POST",
    headers: { authorization: "Bearer " + access.token, "content-type": "application/json" },
    body: JSON.stringify({ clientMessageId, text }),
  });
  if (!response.ok) throw new Error(`send: HTTP ${response.status} ${await response.text()}`);
}
