import * as z from "zod/mini";
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

export const EMOJI_POLICIES = ["none", "sparingly", "allowed"] as const;

export const SavedReply = z.object({
  id: text(100).check(z.minLength(1)),
  title: text(120).check(z.minLength(1)),
  text: text(5000).check(z.minLength(1)),
  language: z.enum(["de", "en", "any"]),
});
export type SavedReply = z.infer<typeof SavedReply>;

export const Guidelines = z.object({
  version: z.literal(GUIDELINES_VERSION),
  companyName: text(120),
  addressForm: AddressForm,
  /** Closing line, e.g. "Viele Grüße, Ihr Acme-Team". Empty: a neutral team sign-off in the reply's language. */
  signOff: text(200),
  /** Initials appended after the sign-off, e.g. "/ak". */
  initials: text(20),
  avoidPhrases: phrases,
  preferredPhrases: phrases,
  required: z.object({ greeting: z.boolean(), thanks: z.boolean(), name: z.boolean() }),
  emoji: z.enum(EMOJI_POLICIES),
  escalation: z.object({ email: text(200), phone: text(60), url: text(500) }),
  /** A holding reply promises an answer within this many hours. */
  holdingDeadlineHours: z.number().check(z.int(), z.gte(1), z.lte(24 * 14)),
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
  signOff: "",
  initials: "",
  avoidPhrases: [
    "wie bereits gesagt",
    "wie schon erwähnt",
    "da haben Sie etwas falsch verstanden",
    "beruhigen Sie sich",
    "as already stated",
    "calm down",
    "you misunderstood",
    "per our policy",
  ],
  preferredPhrases: [],
  required: { greeting: true, thanks: true, name: true },
  emoji: "sparingly",
  escalation: { email: "", phone: "", url: "" },
  holdingDeadlineHours: 24,
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
  const repaired = repairObject(Guidelines, DEFAULT_GUIDELINES, migrated);
  return { value: { ...repaired.value, version: GUIDELINES_VERSION }, problems: repaired.problems };
}
