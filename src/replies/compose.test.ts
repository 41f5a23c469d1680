import { describe, expect, it } from "vitest";
import type { Role, Tone } from "../shared/assessment";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import type { Strategy, Suggestion } from "../shared/replies";
import { findAddress } from "./address-form";
import { checkDraft } from "./check-draft";
import { composeReplies } from "./compose";
import { guessDraftLanguage } from "./draft-language";
import { assessmentOf, commentOf } from "./fixtures";
import { platformLength } from "./platform-length";

const guidelines: Guidelines = {
  ...DEFAULT_GUIDELINES,
  companyName: "Beispiel GmbH",
  initials: "^ak",
  escalation: { email: "service@beispiel.de", phone: "+49 30 1234567", url: "" },
};
const now = new Date("2025-06-02T10:20:00Z");
const options = { now, timeZone: "Europe/Berlin" };

/** What each strategy must contain, per language: the rule it follows, in words. */
const DEMANDS: Partial<Record<Strategy, Record<"de" | "en", RegExp[]>>> = {
  "case-next-step": {
    de: [/leid|ärgerlich|Hinweis|Ärger|bedauern/, /bis Dienstag, 3\. Juni, 12:00 Uhr/],
    en: [/sorry|frustrating|letting us know/, /by Tuesday 3 June, 12:00/],
  },
  "ask-details": {
    de: [/verstehen|nachvollziehbar|leid|entschuldig/i, /service@beispiel\.de/, /Details|passiert/, /Team|intern/],
    en: [
      /understand|disappointed|sorry|apologis/i,
      /service@beispiel\.de/,
      /details|[Ww]hat (?:exactly )?happened/,
      /team|internally/,
    ],
  },
  "take-seriously": { de: [/Kritik/, /ernst/], en: [/criticism|[Pp]oint taken/, /seriously/] },
  "check-correction": {
    de: [/[Dd]ank|aufgepasst/, /prüfen|sehen uns das an/],
    en: [/[Tt]hank|[Gg]ood catch/, /checking|looking into/],
  },
  "engage-argument": {
    de: [/Punkt|Einwand/, /Gespräch|sprechen|Austausch|erreich/],
    en: [/point/, /talk|conversation|discuss|reach/],
  },
  "invite-dialogue": {
    de: [/Gespräch|Austausch|sprechen/, /service@beispiel\.de/],
    en: [/talk|conversation|discussing/, /service@beispiel\.de/],
  },
  "answer-frame": { de: [/\[Antwort ergänzen\]/], en: [/\[add your answer\]/] },
  "holding-reply": { de: [/bis Dienstag, 3\. Juni, 12:00 Uhr/], en: [/by Tuesday 3 June, 12:00/] },
  "thank-specifically": { de: [/[Dd]ank/], en: [/[Tt]hank/] },
  "thanks-and-engage": { de: [/[Dd]ank/], en: [/[Tt]hank/] },
  acknowledge: { de: [/service@beispiel\.de/], en: [/service@beispiel\.de/] },
  boundary: { de: [/Netiquette|respektvoll|Kritik/], en: [/community guidelines|respect|[Cc]riticism/] },
  "boundary-offer-help": { de: [/service@beispiel\.de/], en: [/service@beispiel\.de/] },
};

/** What a strategy must not contain: thanks to the rude, admissions before anything is checked. */
const ADMISSION =
  /völlig recht|haben (?:Sie )?recht|hast recht|berechtigt|bessern wir aus|You're (?:quite )?right|we made a mistake/i;
const FORBIDS: Partial<Record<Strategy, RegExp>> = {
  "factual-line": /[Dd]ank|[Tt]hank/,
  boundary: /[Dd]anke|[Tt]hank/,
  "boundary-offer-help": /[Dd]anke|[Tt]hank/,
  "take-seriously": /[Dd]ank|[Tt]hank/,
  "check-correction": ADMISSION,
  "engage-argument": ADMISSION,
  "thank-specifically": /leid|sorry/i,
};

const ROLE_TONES: [Role, Tone, Strategy[]][] = [
  ["disappointed-customer", "critical", ["case-next-step", "take-seriously"]],
  ["disappointed-customer", "angry", ["case-next-step", "take-seriously"]],
  ["disappointed-customer", "question", ["case-next-step"]],
  ["know-it-all", "critical", ["check-correction", "holding-reply"]],
  ["know-it-all", "neutral", ["check-correction", "holding-reply"]],
  ["opinion-leader", "critical", ["engage-argument", "invite-dialogue"]],
  ["opinion-leader", "question", ["engage-argument", "holding-reply"]],
  ["troll", "angry", ["do-not-reply", "factual-line"]],
  ["fan", "positive", ["thank-specifically", "thanks-and-engage"]],
  ["general", "question", ["holding-reply", "answer-frame"]],
  ["general", "neutral", ["acknowledge"]],
  ["general", "positive", ["thank-specifically", "thanks-and-engage"]],
  ["general", "critical", ["take-seriously", "ask-details"]],
];
const COMMENTS = {
  de: {
    sie: "Können Sie mir sagen, warum das so lange dauert?",
    du: "Kannst du mir sagen, warum das so lange dauert?",
  },
  en: { sie: "Can you tell me why this takes so long?", du: "Can you tell me why this takes so long?" },
};

const cases = ROLE_TONES.flatMap(([role, tone, strategies]) =>
  (["de", "en"] as const).flatMap((language) =>
    (["sie", "du"] as const).flatMap((form) =>
      (["facebook", "x", "linkedin"] as const).map((site) => ({ role, tone, strategies, language, form, site })),
    ),
  ),
);

function generatedOf(suggestions: Suggestion[]): Suggestion[] {
  return suggestions.filter((s) => s.source === "generated");
}

describe.each(cases)("$role, $tone, $language ($form) on $site", ({ role, tone, strategies, language, form, site }) => {
  // A disappointed customer's case carries its number: without one, "why does this take so long" is criticism.
  const reference =
    role === "disappointed-customer" ? (language === "de" ? " Auftrag 40-11873" : " Order 40-11873") : "";
  const comment = commentOf(COMMENTS[language][form] + reference, { site, id: `${role}-${tone}-${site}` });
  const suggestions = generatedOf(composeReplies(comment, assessmentOf(language, role, tone), guidelines, options));

  it("offers the strategies for the role and tone, each once", () => {
    expect(suggestions.map((s) => s.strategy)).toEqual(strategies);
  });

  it.each(strategies)("%s contains what the rule demands and nothing it forbids", (strategy) => {
    const suggestion = suggestions.find((s) => s.strategy === strategy);
    if (strategy === "do-not-reply") {
      expect(suggestion).toMatchObject({ text: "", insertable: false });
      return;
    }
    const text = suggestion?.text ?? "";
    for (const demand of DEMANDS[strategy]?.[language] ?? []) expect(text).toMatch(demand);
    const forbidden = FORBIDS[strategy];
    if (forbidden) expect(text).not.toMatch(forbidden);
  });

  it("passes checkDraft, in the comment's language and address form, greeting and signing as required", () => {
    for (const s of suggestions.filter((x) => x.insertable)) {
      const context = { site, language, authorName: "Anna Schmidt", addressForm: s.addressForm };
      expect(checkDraft(s.text, context, guidelines)).toMatchObject({ ok: true, calm: true });
      expect(s.check.ok).toBe(true);
      expect(guessDraftLanguage(s.text)).toBe(language);
      expect(s.text).toMatch(
        language === "de" && form === "sie" ? /^(Hallo|Guten Tag) Anna Schmidt,/ : /^(Hallo|Hi|Hello|Guten Tag) Anna,/,
      );
      expect(s.text).toMatch(/\^ak$/);
      for (const noun of ["Feedback", "Rückmeldung", "Kritik", "feedback"]) {
        expect(s.text.split(noun).length - 1).toBeLessThanOrEqual(1);
      }
      if (language === "de") {
        expect(s.addressForm).toBe(form);
        expect(findAddress(s.text)[form === "sie" ? "du" : "sie"]).toEqual([]);
      }
    }
  });

  it("fits the site's length limit", () => {
    for (const s of suggestions) expect(platformLength(s.text, site)).toBeLessThanOrEqual(guidelines.maxLength[site]);
  });
});

describe("insults from the comment", () => {
  it.each([
    ["de", "Ihr seid doch alle Vollidioten, Drecksladen!", ["Vollidioten", "Drecksladen"], "insult"],
    ["de", "Halt die Klappe, du Lügner", ["Lügner", "Halt die Klappe"], "insult"],
    ["en", "You morons ruined my order, pathetic clowns", ["morons", "pathetic", "clowns"], "insult"],
    ["en", "Go back where you came from, scum", ["scum", "go back where you came from"], "identity-hate"],
    ["de", "Ich weiß, wo euer Laden ist. Wartet ab, ihr Penner.", ["Wartet ab", "Penner"], "threat"],
  ] as const)("%s: %s never reappear", (language, text, evidence, kind) => {
    const assessment = assessmentOf(language, "troll", "angry", [{ kind, evidence: [...evidence] }]);
    const name = language === "de" ? "Lügner Larry" : "Clown Carl";
    const suggestions = composeReplies(commentOf(text, { name }), assessment, guidelines, options);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) {
      for (const word of [...evidence, ...text.split(/\W+/).filter((w) => w.length > 4)]) {
        expect(s.text.toLowerCase()).not.toContain(word.toLowerCase().slice(0, 5));
      }
      expect(s.check.ok).toBe(true);
    }
    expect(suggestions.some((s) => s.strategy === "boundary")).toBe(true);
  });
});

describe("a comment that only looks abusive (review)", () => {
  it.each([
    ["en", "general", "angry", ["boundary-and-help", "take-seriously", "do-not-reply"]],
    ["de", "general", "angry", ["boundary-and-help", "take-seriously", "do-not-reply"]],
    ["en", "troll", "angry", ["boundary-and-help", "do-not-reply"]],
    ["de", "disappointed-customer", "critical", ["boundary-and-help", "case-next-step"]],
  ] as const)(
    "in %s from a %s, %s sender: a calm boundary first, then the role's answer",
    (language, role, tone, want) => {
      const text = language === "de" ? "So ein dummer Verein, unglaublich." : "Shove it up your ass.";
      // A customer's case is theirs by its number.
      const comment = commentOf(
        role === "disappointed-customer" ? `${text} Auftrag 40-11873 ist seit Wochen offen.` : text,
      );
      const review = { ...assessmentOf(language, role, tone), verdict: "review" as const };
      const suggestions = generatedOf(composeReplies(comment, review, guidelines, options));
      expect(suggestions.map((s) => s.strategy)).toEqual(want);
      expect(suggestions[0]?.text).not.toMatch(/[Dd]anke|[Tt]hank/);
      // Help: for a customer's case the next step with its time; without one, the criticism taken seriously.
      expect(suggestions[0]?.text).toMatch(role === "disappointed-customer" ? /bis Dienstag/ : /ernst|seriously/);
    },
  );

  it.each([
    ["de", "Ihr seid doch alle nur noch Abzocker, 30 Euro Gebühr für eine Umbuchung!!!", /Abzocker/i, /Gebühr/],
    ["en", "You crooks charged me a 30 pound fee for changing the date of my booking", /crooks/i, /your case/],
  ] as const)(
    "in %s never names the insult as the topic, but what it is said about",
    (language, text, insult, topic) => {
      const review = { ...assessmentOf(language, "general", "critical"), verdict: "review" as const };
      const suggestions = generatedOf(composeReplies(commentOf(text), review, guidelines, options));
      for (const suggestion of suggestions) expect(suggestion.text).not.toMatch(insult);
      expect(suggestions[0]?.text).toMatch(topic);
    },
  );
});
