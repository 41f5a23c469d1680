import * as z from "zod/mini";
import { Role } from "./assessment";
import { MissingKind } from "./case";
import { type Migration, migrate, type Repaired, repairObject } from "./repair";

/**
 * The company's social media guidelines: what every reply must follow. Stored in storage.local (they can be
 * long); an administrator's managed policy, where present, wins field by field.
 */
export const GUIDELINES_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));
const phrases = z.array(text(200)).check(z.maxLength(200));

export const ADDRESS_FORMS = ["sie", "du", "mirror"] as const;
export const AddressForm = z.enum(ADDRESS_FORMS);
export type AddressForm = z.infer<typeof AddressForm>;

/** none: no emoji at all; sparingly: at most one, only in warm replies (thanks, praise); allowed: up to three. */
export const EMOJI_POLICIES = ["none", "sparingly", "allowed"] as const;

/** The reply language for comments whose language is unknown: the browser's interface language, or a fixed one. */
export const FALLBACK_LANGUAGES = ["ui", "de", "en"] as const;

/** A saved reply answers at most this many topics, each at most this long. */
export const MAX_TOPICS = 20;
export const MAX_TOPIC_LENGTH = 200;

export const SavedReply = z.object({
  id: text(100).check(z.minLength(1)),
  title: text(120).check(z.minLength(1)),
  text: text(5000).check(z.minLength(1)),
  language: z.enum(["de", "en", "any"]),
  /** Offered only for comments from these roles; absent or empty: for every comment. */
  roles: z.optional(z.array(Role).check(z.maxLength(6))),
  /**
   * What it answers: keywords ("Öffnungszeiten", "opening hours") or example questions ("Wann habt ihr sonntags
   * offen?"). A comment that matches one gets this reply first. Absent or empty: offered beside the others.
   */
  topics: z.optional(z.array(text(MAX_TOPIC_LENGTH)).check(z.maxLength(MAX_TOPICS))),
});
export type SavedReply = z.infer<typeof SavedReply>;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** When the company answers: a holding reply promises its answer inside these hours. */
export const BusinessHours = z.object({
  days: z.array(Weekday).check(z.minLength(1), z.maxLength(7)),
  fromHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  toHour: z.number().check(z.int(), z.gte(1), z.lte(24)),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

/** The company's own wording of the one question that moves a case (replies/case/phrases.ts `QUESTIONS` has ours). */
export const CaseQuestion = z.object({
  missing: MissingKind,
  /** German, said with Sie (or to nobody in particular: then it serves du replies too when `du` is empty). */
  de: text(300),
  /** German said with du; empty or absent: `de` if it addresses nobody, else Gelassen's own du question. */
  du: z.optional(text(300)),
  en: text(300),
});
export type CaseQuestion = z.infer<typeof CaseQuestion>;

export const Guidelines = z.object({
  version: z.literal(GUIDELINES_VERSION),
  companyName: text(120),
  /** German replies: always Sie, always du, or the form the commenter used (Sie when the comment shows none). */
  addressForm: AddressForm,
  /** Replies to comments in an unknown language are written in this one. */
  fallbackLanguage: z.enum(FALLBACK_LANGUAGES),
  /**
   * Closing line, e.g. "Viele Grüße, das Acme-Team". Empty: a neutral team sign-off in the reply's language. A
   * closing in the other language, or in the other address form, is replaced by the neutral one for that reply.
   */
  signOff: text(200),
  /** Initials appended after the sign-off, e.g. "/ak". */
  initials: text(20),
  avoidPhrases: phrases,
  preferredPhrases: phrases,
  required: z.object({ greeting: z.boolean(), thanks: z.boolean(), name: z.boolean() }),
  emoji: z.enum(EMOJI_POLICIES),
  escalation: z.object({ email: text(200), phone: text(60), url: text(500) }),
  /** A holding reply promises an answer within this many hours, and inside the business hours. */
  holdingDeadlineHours: z.number().check(z.int(), z.gte(1), z.lte(24 * 14)),
  businessHours: BusinessHours,
  caseQuestions: z.array(CaseQuestion).check(z.maxLength(20)),
  /** Promises a reply may make. */
  promises: z.object({ refunds: z.boolean(), compensation: z.boolean(), deadlines: z.boolean() }),
  maxLength: z.object({
    facebook: z.number().check(z.int(), z.gte(50), z.lte(8000)),
    x: z.number().check(z.int(), z.gte(50), z.lte(280)),
    linkedin: z.number().check(z.int(), z.gte(50), z.lte(1250)),
  }),
  savedReplies: z.array(SavedReply).check(z.maxLength(100)),
  guard: z.object({
    enabled: z.boolean(),
    cooldownSeconds: z.number().check(z.int(), z.gte(0), z.lte(300)),
  }),
  logRetentionDays: z.number().check(z.int(), z.gte(1), z.lte(3650)),
});
export type Guidelines = z.infer<typeof Guidelines>;

export const DEFAULT_GUIDELINES: Guidelines = {
  version: GUIDELINES_VERSION,
  companyName: "",
  addressForm: "mirror",
  fallbackLanguage: "ui",
  signOff: "",
  initials: "",
  avoidPhrases: [
    "wie bereits gesagt",
    "wie schon erwähnt",
    "da haben Sie etwas falsch verstanden",
    "beruhigen Sie sich",
    "beruhig dich",
    "nicht unser Problem",
    "as already stated",
    "as I said",
    "calm down",
    "you misunderstood",
    "per our policy",
    "not our problem",
  ],
  preferredPhrases: [],
  required: { greeting: true, thanks: true, name: true },
  emoji: "sparingly",
  escalation: { email: "", phone: "", url: "" },
  holdingDeadlineHours: 24,
  businessHours: { days: ["mon", "tue", "wed", "thu", "fri"], fromHour: 9, toHour: 18 },
  caseQuestions: [],
  promises: { refunds: false, compensation: false, deadlines: true },
  maxLength: { facebook: 8000, x: 280, linkedin: 1250 },
  savedReplies: [],
  guard: { enabled: true, cooldownSeconds: 10 },
  logRetentionDays: 90,
};

export const GUIDELINES_MIGRATIONS: readonly Migration[] = [];

export function repairGuidelines(raw: unknown): Repaired<Guidelines> {
  const migrated =
    typeof raw === "object" && raw !== null && !Array.isArray(raw)
      ? migrate(raw as Record<string, unknown>, GUIDELINES_MIGRATIONS)
      : raw;
  const lists = repairListItems(migrated);
  const repaired = repairObject(Guidelines, DEFAULT_GUIDELINES, lists.value);
  return {
    value: { ...repaired.value, version: GUIDELINES_VERSION },
    problems: [...lists.problems, ...repaired.problems],
  };
}

const LISTS = {
  avoidPhrases: text(200),
  preferredPhrases: text(200),
  savedReplies: SavedReply,
  caseQuestions: CaseQuestion,
} as const;

/**
 * One broken saved reply or phrase must not reset the whole list to the default: drop the bad entries only,
 * before the field-by-field repair sees the list.
 */
function repairListItems(raw: unknown): { value: unknown; problems: string[] } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { value: raw, problems: [] };
  const problems: string[] = [];
  const value: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [key, schema] of Object.entries(LISTS)) {
    const list = value[key];
    if (!Array.isArray(list)) continue;
    value[key] = list.filter((item, index) => {
      const parsed = z.safeParse(schema as z.ZodMiniType, item);
      if (!parsed.success) problems.push(`${key}[${index}]: ${parsed.error.issues[0]?.message ?? "invalid"}, dropped`);
      return parsed.success;
    });
  }
  return { value, problems };
}
