// Conversation states in the words the agent inbox uses, so owner and agents talk about the same thing.
import type { ConversationState } from "../../shared/protocol.ts";

export const stateNames: Record<ConversationState, string> = {
  waiting_human: "Waiting for a person",
  human: "With an agent",
  bot: "With the bot",
  closed: "Closed",
};

/** The line shown in a transcript where the conversation changed hands. */
export const stateChanges: Record<ConversationState, string> = {
  waiting_human: "Handed to a person",
  human: "Taken over by an agent",
  bot: "Back with the bot",
  closed: "Closed",
};
