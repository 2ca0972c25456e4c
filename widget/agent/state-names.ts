// What each conversation state is called in the inbox: the list's group titles and the open conversation's heading.
import type { ConversationState } from "../../shared/protocol.ts";

export const stateNames: Record<ConversationState, string> = {
  waiting_human: "Waiting for a person",
  human: "With an agent",
  bot: "With the bot",
  closed: "Closed",
};
