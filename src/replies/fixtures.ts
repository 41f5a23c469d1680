import type { Assessment, Role, Tone, Violation } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import type { SiteId } from "../shared/sites";

/** Comments and assessments for the tests, built directly so they do not depend on the analysis model. */
export function commentOf(
  text: string,
  options: { id?: string; site?: SiteId; name?: string; organisation?: boolean } = {},
): CommentSnapshot {
  return {
    site: options.site ?? "facebook",
    id: options.id ?? "c-1",
    threadId: "post-1",
    text,
    author: {
      name: "name" in options ? options.name : "Anna Schmidt",
      verified: false,
      badges: [],
      isOrganisation: options.organisation ?? false,
    },
    isReply: false,
    byPageOwner: false,
  };
}

export function assessmentOf(
  language: Assessment["language"],
  role: Role,
  tone: Tone,
  violations: Violation[] = [],
): Assessment {
  const deletable = violations.some((v) => v.kind !== "profanity");
  return {
    language,
    tone,
    scores: { toxicity: violations.length > 0 ? 0.9 : 0.1, anger: tone === "angry" ? 0.9 : 0.3 },
    offensive: violations.length > 0,
    violations,
    verdict: deletable ? "may-delete" : "keep",
    reasons: [],
    role,
    roleConfidence: 0.8,
    roleReasons: [],
    priority: 0.5,
    replyNeeded: true,
    replyReasons: [],
    // A disappointed customer has a case of their own, as the analysis reads one; its kind is left open.
    intent: {
      ...(role === "disappointed-customer" ? { complaint: { problem: "other" as const, words: [] } } : {}),
      sarcasm: false,
      addressedTo: "company",
      offTopic: false,
    },
  };
}

/** A bakery's guidelines with three saved answers: its facts are what a correction may be settled with. */
export const bakery: Guidelines = {
  ...DEFAULT_GUIDELINES,
  companyName: "Backstube Lindner",
  addressForm: "sie",
  savedReplies: [
    {
      id: "hours",
      title: "Öffnungszeiten",
      language: "de",
      text: "Hallo {name}, unsere Filialen in Bonn-Beuel und Siegburg haben montags bis samstags von 6 bis 18 Uhr geöffnet. Sonntags backen wir in Beuel von 7 bis 11 Uhr.",
      topics: ["Öffnungszeiten"],
    },
    {
      id: "gluten",
      title: "Glutenfrei",
      language: "de",
      text: "Hallo {name}, glutenfreie Brote backen wir donnerstags in einer eigenen Backstube. Infos: lindner.example/glutenfrei",
      topics: ["glutenfrei"],
    },
    {
      id: "hours-en",
      title: "Opening hours",
      language: "en",
      text: "Hello {name}, our shops in Bonn-Beuel and Siegburg are open Monday to Saturday from 6 am to 6 pm. On Sundays our Beuel shop is open from 7 to 11 am.",
      topics: ["opening hours"],
    },
  ],
};
