// Erasing a conversation everywhere it is kept: its Durable Object, the site's inbox index, and D1.
import type { Env } from "../env.ts";
import { conversationStub, siteStub } from "../stubs.ts";
import { eraseConversationInsight } from "./activity.ts";

export async function eraseConversation(env: Env, conversationId: string, siteId: string): Promise<void> {
  // The object first: once it is empty nothing can forward new rows to D1 for this conversation.
  await conversationStub(env, conversationId)?.erase();
  await eraseCopies(env, conversationId, siteId);
}

/** What other places hold of a conversation: the site's inbox index and the insight rows in D1. */
export async function eraseCopies(env: Env, conversationId: string, siteId: string): Promise<void> {
  await siteStub(env, siteId).conversationErased(conversationId);
  await eraseConversationInsight(env.DB, conversationId);
}
