// A site's policy: validated JSON with a default for every field (DESIGN.md, "Configuration is data").
import { z } from "zod";

const languageCode = z.string().regex(/^[a-z]{2}$/, "expected a two-letter ISO 639-1 code");
/** Texts by language code, e.g. { "en": "...", "fr": "..." }. */
const localized = z.record(languageCode, z.string().min(1).max(2000));

const exclusionRule = z.object({
  id: z.string().min(1).max(64),
  /** Example phrases of the topic; a customer message close to one of them matches. */
  examples: z.array(z.string().min(1).max(500)).max(200).default([]),
  keywords: z.array(z.string().min(1).max(100)).max(200).default([]),
  /** Regular expressions (JavaScript syntax, matched case-insensitively). */
  patterns: z
    .array(
      z.string().min(1).max(300).refine((source) => {
        try {
          new RegExp(source, "iu");
          return true;
        } catch {
          return false;
        }
      }, "not a valid regular expression"),
    )
    .max(50)
    .default([]),
  /** Customer attributes that make the rule match, e.g. { "plan": "enterprise" }. */
  attributes: z.record(z.string(), z.string()).default({}),
  channels: z.array(z.string()).default([]),
  /** "exclude": never automate, straight to a human; "escalate": same, counted as an escalation. */
  action: z.enum(["exclude", "escalate"]).default("exclude"),
});

const timeRange = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, "expected HH:MM-HH:MM");
const dayKey = z
  .string()
  .regex(/^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$/, "expected a day or a range like mon-fri");

const provider = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("extractive") }),
  z.object({
    kind: z.literal("workers-ai"),
    model: z.string().min(1).default("@cf/meta/llama-3.1-8b-instruct"),
    timeoutMs: z.number().int().min(100).max(60_000).default(8000),
    maxTokens: z.number().int().min(16).max(2048).default(400),
  }),
  z.object({
    kind: z.literal("openai"),
    baseUrl: z.url(),
    model: z.string().min(1),
    /** Name of the Worker secret that holds the API key (never the key itself). */
    apiKeySecret: z.string().min(1).default("OPENAI_API_KEY"),
    timeoutMs: z.number().int().min(100).max(60_000).default(8000),
    maxTokens: z.number().int().min(16).max(2048).default(400),
  }),
]);

export const policySchema = z
  .object({
    mode: z.enum(["auto", "suggest", "off", "shadow"]).default("auto"),
    languages: z.array(languageCode).min(1).default(["en", "fr", "de", "es"]),
    /** Origins allowed to use the widget; "*" allows every origin. */
    allowedOrigins: z.array(z.union([z.literal("*"), z.url()])).default(["*"]),
    /** Per-checkpoint thresholds; a check not named here uses its own default. */
    thresholds: z.record(z.string(), z.number().min(0).max(1)).default({}),
    limits: z
      .object({
        autoRepliesPerEpisode: z.number().int().min(0).max(1000).default(5),
        consecutiveBotReplies: z.number().int().min(1).max(100).default(3),
        draftRetries: z.number().int().min(0).max(3).default(1),
        /** Messages within `burstWindowSeconds` that count as a burst. */
        burstMessages: z.number().int().min(2).max(100).default(5),
        burstWindowSeconds: z.number().int().min(1).max(3600).default(20),
        /** A check slower than this fails closed. Generous on purpose: it catches a pathological input (a pattern that
         * backtracks), not ordinary slowness — a cold isolate compiles every pattern once, on a loaded machine. */
        checkTimeoutMs: z.number().int().min(1).max(10_000).default(1000),
        /** Abuse limits: a customer's messages per minute in one conversation ... */
        messagesPerMinute: z.number().int().min(1).max(10_000).default(30),
        /** ... and conversations one IP address may start per minute. */
        conversationsPerIpPerMinute: z.number().int().min(1).max(100_000).default(30),
      })
      .prefault({}),
    exclusions: z.array(exclusionRule).max(100).default([]),
    businessHours: z
      .object({
        timezone: z.string().refine(isTimeZone, "unknown IANA time zone").default("UTC"),
        /** Empty means always open. */
        days: z.record(dayKey, timeRange).default({}),
      })
      .prefault({}),
    messages: z
      .object({
        greeting: localized.default({}),
        handoff: localized.default({}),
        handoffClosed: localized.default({}),
        agentJoined: localized.default({}),
        botBack: localized.default({}),
        unavailable: localized.default({}),
      })
      .prefault({}),
    output: z
      .object({
        forbiddenPhrases: z.array(z.string().min(1).max(200)).max(500).default([]),
        /** Link domains a reply may contain (subdomains included); empty: no links at all. */
        allowedLinkDomains: z.array(z.string().min(1).max(253)).default([]),
      })
      .prefault({}),
    provider: provider.default({ kind: "extractive" }),
    /** A helpdesk endpoint told of escalations and closes, signed with HMAC-SHA256. */
    webhook: z
      .object({
        url: z.url({ protocol: /^https?$/ }),
        /** Name of the Worker secret holding the signing key (never the key itself). */
        secretName: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "expected a secret name like WEBHOOK_SECRET").default("WEBHOOK_SECRET"),
        events: z.array(z.enum(["escalated", "closed"])).min(1).default(["escalated", "closed"]),
      })
      .optional(),
    retentionDays: z.number().int().min(1).max(3650).default(90),
  })
  .strict();

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The policy every site starts from. */
export const defaultPolicy: Policy = policySchema.parse({});
