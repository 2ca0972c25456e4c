// The one interface every reply provider implements: passages and a message in, a draft out.
import type { Policy } from "../guard/policy.ts";
import type { Passage, Turn } from "../guard/types.ts";

export interface DraftRequest {
  /** The customer's latest message. */
  message: string;
  /** Language of the message (ISO 639-1): the reply must be in it. */
  language: string;
  /** Earlier turns of the episode, oldest first. */
  history: Turn[];
  /** The knowledge the reply may rely on, best first. Nothing else may be stated. */
  passages: Passage[];
  /** Why the previous attempt was held back (the blocking checks' reasons), when this is a retry. */
  feedback?: string[];
  policy: Policy;
}

export interface DraftPassage {
  articleId: string;
  title: string;
  score: number;
}

export interface Draft {
  /** The reply; empty when the knowledge does not answer the message (the pipeline then escalates). */
  text: string;
  provider: string;
  model: string;
  ms: number;
  /** The passages the reply was drawn from. */
  passages: DraftPassage[];
  /**
   * The language the reply is written in, when the provider knows it without reading the reply: the extractive
   * provider quotes passages whose language was detected when they were uploaded. Absent, the checks detect it.
   */
  language?: string;
}

export interface ReplyProvider {
  readonly id: string;
  /** Whether drafting again with the feedback can give a different reply (a model can; sentence picking cannot). */
  readonly canRetry: boolean;
  /** Rejects only with a ProviderError; the pipeline then escalates. */
  draft(request: DraftRequest): Promise<Draft>;
}
