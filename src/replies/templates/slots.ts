/**
 * The sentence slots replies are built from. Each slot holds several wordings so that a page of similar
 * comments does not get identical answers; a reply picks one per slot, seeded by the comment.
 *
 * Variables: {contact} a way to reach the company ("per E-Mail an …"), {wcontact} a written one (no phone),
 * {deadline} the holding reply's promise ("bis Dienstag, 3. Juni, 14:00 Uhr"), {answer} the placeholder the user
 * fills in, and the case's {clause}, {subject}, {question}, {person}, {place}, {product} (a wording that needs
 * one the comment did not give is not drawn). A wording that starts with "^" keeps its capital after an inline greeting (German nouns).
 */
const BASIC_SLOTS = [
  "thanks",
  "thanksFeedback",
  "empathy",
  "apology",
  "nextStep",
  "askDetails",
  "team",
  "improve",
  "offer",
  "thanksCorrection",
  "acknowledge",
  "fix",
  "inviteMore",
  "thanksView",
  "serious",
  "valued",
  "inviteTalk",
  "ideas",
  "thanksQuestion",
  "answer",
  "moreHelp",
  "holding",
  "patience",
  "factual",
  "thanksWarm",
  "joy",
  "engage",
  "thanksComment",
  "welcome",
  "boundaryInsult",
  "boundaryHate",
  "boundaryThreat",
  "boundaryHarassment",
  "boundarySpam",
  "netiquette",
  "helpOffer",
] as const;

/**
 * Slots of the plans by situation (issue 10), worded in german-case.ts and english-case.ts. {clause}: what went
 * wrong, as the comment said it ("dass Ihre Bestellung 40-11873 noch nicht angekommen ist"); {subject}: what the
 * team looks into ("Ihre Bestellung 40-11873"); {question}: the one question that moves the case; {person},
 * {place}, {product}: as the comment named them.
 */
const CASE_SLOTS = [
  "caseSeen",
  "caseStep",
  "caseStepPlain",
  "caseAsk",
  "caseNoted",
  "caseHolding",
  "criticismHeard",
  // A case said in sarcasm: the criticism heard by what went wrong ("Ihre Kritik nehmen wir ernst: Es ist ärgerlich, …").
  "criticismCase",
  // An idea offered ("Das wäre mal ne wirklich hilfreiche Info"): thanks for it, by its topic where named.
  "thanksIdea",
  "boundaryTone",
  "checkFact",
  // A correction the company's saved replies settle: its own fact, and the post corrected if it says otherwise.
  "confirmFact",
  "engageTake",
  "thanksSpecific",
  "thanksPerson",
  // Staff named with their branch: "Danke, Mia!" after "Der Flat White in Leipzig war perfekt".
  "thanksPersonPlace",
  "thanksPersonSite",
  "thanksPeople",
  "thanksPlace",
  // Good wishes for an occasion ("Herzlichen Glückwunsch zu 25 Jahren!"): thanked as wishes, not as praise.
  "thanksWishes",
  // Greetings sent to one of the staff ("Grüße an Jule ☕"): passed on, with nothing said of what she did.
  "thanksGreeting",
  // A visit to the company's stand at a fair ("auf der ISH am Stand"): thanked for the visit, the fair named.
  "thanksFair",
  "thanksProduct",
  "boundaryShort",
  "present",
  "passOn",
  "stance",
  "staySubject",
  // Another comment reported to the company: thanks, and the netiquette check promised (nothing more).
  "reportThanks",
  "reportCheck",
  // A message in the company's name they doubt: thanks for asking first, not to click, and the check offered.
  "scamThanks",
  "scamAdvice",
  "scamCheck",
  // The same for a call in the company's name: no bank details on the phone, and when it came.
  "scamCallAdvice",
  "scamCallCheck",
  // Their own account or contract to close: sorry to see them go, the one number asked, or the step with a time.
  "leavingSeen",
  "leavingAsk",
  "leavingStep",
  // A loss told beside thanks ("when my husband passed away"): sympathy first, no cheer.
  "condolence",
  // Someone hurt or something harmful found: sorry without annoyance words, passed to quality assurance at once.
  "safetySeen",
  "safetyStep",
  // The same for the road ("fast überfahren", "rasen durch die Spielstraße"): passed to whoever runs the drivers.
  "roadStep",
  // A home cold or flooded, or someone at risk in it: the company's own emergency line, from its saved replies, now.
  "emergencyLine",
] as const;
export const SLOTS = [...BASIC_SLOTS, ...CASE_SLOTS] as const;
export type Slot = (typeof SLOTS)[number];
export type CaseSlot = (typeof CASE_SLOTS)[number];

/** German wordings per address form; English has one. */
export type GermanBank = Record<Slot, { sie: readonly string[]; du: readonly string[] }>;
export type EnglishBank = Record<Slot, readonly string[]>;

/** Topics let a company's preferred phrase replace the wording of a slot about the same thing. */
export const SLOT_TOPICS: Partial<Record<Slot, { kind: "thanks" | "apology" | "team" | "offer"; topic?: string }>> = {
  thanks: { kind: "thanks" },
  thanksFeedback: { kind: "thanks", topic: "feedback" },
  thanksIdea: { kind: "thanks", topic: "feedback" },
  thanksCorrection: { kind: "thanks", topic: "correction" },
  thanksView: { kind: "thanks", topic: "feedback" },
  thanksQuestion: { kind: "thanks", topic: "question" },
  thanksWarm: { kind: "thanks", topic: "praise" },
  thanksComment: { kind: "thanks" },
  apology: { kind: "apology" },
  team: { kind: "team" },
  // Not "offer": its wording carries the concrete next step (the contact), which a preferred phrase may lack.
  moreHelp: { kind: "offer" },
};
