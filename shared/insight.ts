// What the owner dashboard reads: the analytics of a site by day, and the shadow-mode report.

export interface DayFigures {
  conversations: number;
  customerMessages: number;
  autoSent: number;
  suggested: number;
  escalated: number;
  excluded: number;
  shadow: number;
  /** Conversations handed to a person (one per escalation, whatever the number of reasons or who asked). */
  escalations: number;
  /** auto_sent over all decisions that were not discarded as stale; 0 when there were none. */
  automationRate: number;
  escalationsByReason: Record<string, number>;
  medianFirstHumanReplySeconds: number | null;
  ratings: { up: number; down: number };
}

export interface Analytics {
  siteId: string;
  from: string;
  to: string;
  days: Array<DayFigures & { day: string }>;
  totals: DayFigures;
  checks: Record<string, { runs: number; blocks: number; blockRate: number }>;
}

export interface ShadowReport {
  decisions: number;
  wouldAutoSend: number;
  blockedByReason: Record<string, number>;
  examples: Array<{ conversationId: string; seq: number; outcome: string; reasons: string[]; draft: string | null }>;
}
