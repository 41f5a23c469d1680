import { describe, expect, it } from "vitest";
import type { ViolationKind } from "../shared/assessment";
import { assessWith } from "./assess";
import { normalise } from "./normalise";
import { snapshotOf } from "./snapshot";
import { readViolations } from "./violations";

const judge = (text: string) => assessWith(undefined, snapshotOf(text), { companyName: "" });
const kinds = (text: string) => judge(text).violations.map((violation) => violation.kind);

/** Each kind of violation in German and English, with the words that must be named as evidence. */
const VIOLATIONS: Array<[string, ViolationKind, string]> = [
  ["Du bist so ein Vollidiot.", "insult", "Vollidiot"],
  ["You are a complete moron.", "insult", "moron"],
  ["Ihr seid doch alle dumm", "insult", "Ihr seid doch alle dumm"],
  ["You stupid clown", "insult", "You stupid"],
  ["Halt doch einfach die Fresse", "insult", "Halt doch einfach die Fresse"],
  ["Ausländer raus!", "identity-hate", "Ausländer raus"],
  ["Flüchtlinge sind Ungeziefer", "identity-hate", "Flüchtlinge sind Ungeziefer"],
  ["Muslims are vermin and should be deported", "identity-hate", "Muslims are vermin"],
  ["Geht zurück in euren Busch, ihr Kanaken", "identity-hate", "Kanaken"],
  ["Ich weiß, wo euer Büro ist.", "threat", "Ich weiß, wo euer Büro"],
  ["Wir wissen, wo du wohnst", "threat", "Wir wissen, wo du wohnst"],
  ["Ich bring dich um", "threat", "bring dich um"],
  ["Man sollte die Verantwortlichen aufhängen", "threat", "Verantwortlichen aufhängen"],
  ["I know where you live", "threat", "I know where you live"],
  ["I'm going to kill you all", "threat", "kill you"],
  ["Someone should shoot the CEO", "threat", "shoot the CEO"],
  ["Häng dich doch auf", "harassment", "Häng dich doch auf"],
  ["Zeig mal deine Titten", "harassment", "Zeig mal deine Titten"],
  ["Just kill yourself", "harassment", "kill yourself"],
  ["send nudes", "harassment", "send nudes"],
  ["Klick hier und verdiene 500 Euro am Tag von zuhause! www.beispiel-geld.de", "spam", "Klick hier"],
  ["Check out my profile, earn $500 a day working from home!", "spam", "Check out my"],
  ["Buy cheap followers now!!! Visit http://spam.example and DM me for crypto gains", "spam", "Buy cheap followers"],
  ["So ein Scheiß, schon wieder kaputt", "profanity", "Scheiß"],
  ["Fuck, my order is late again", "profanity", "Fuck"],
];

describe("violations", () => {
  it.each(VIOLATIONS)("%s → %s", (text, kind, evidence) => {
    const violation = judge(text).violations.find((found) => found.kind === kind);
    expect(violation?.evidence).toContain(evidence);
  });
});

describe("evasions are read through", () => {
  it.each([
    ["Du Id1ot", "Id1ot"],
    ["V.o.l.l.i.d.i.o.t", "V.o.l.l.i.d.i.o.t"],
    ["Du I d i o t", "I d i o t"],
    ["Du Idiooooot", "Idiooooot"],
    ["Du Id\u200Biot", "Idiot"],
    ["Du Іdiot", "Іdiot"], // Cyrillic І
    ["Du 𝐈𝐝𝐢𝐨𝐭", "Idiot"], // mathematical bold, NFKC
    ["You a$$hole", "a$$hole"],
    ["Du A*schloch", "A*schloch"],
    ["du ARSCHLOCH", "ARSCHLOCH"],
  ])("%s", (text, evidence) => {
    const insult = judge(text).violations.find((found) => found.kind === "insult");
    expect(insult?.evidence).toContain(evidence);
  });

  it("takes a violent emoji next to a target as a threat", () => {
    expect(kinds("🔪 euch alle")).toContain("threat");
  });
});

/** Found in the training part's abusive comments that the rules let through; each in German and English. */
describe("insults said of someone, not only to them", () => {
  it.each([
    // A word that only ever denotes a person, predicated of someone or said to them.
    ["Der ist doch nur ein Schwätzer", "Schwätzer"],
    ["He is such a hypocrite", "hypocrite"],
    ["Er war schon immer ein Versager", "Versager"],
    ["She's a total loser", "loser"],
    ["Ihr Heuchler!", "Heuchler"],
    ["you hypocrite!", "hypocrite"],
    // Said of someone's mind.
    ["Der hat das Gehirn einer Stubenfliege", "Gehirn einer Stubenfliege"],
    ["He has the brain of a goldfish", "brain of a goldfish"],
    ["Lauter Gehirnprothesenträger hier", "Gehirnprothesenträger"],
    ["What a peabrain", "peabrain"],
    // Servility.
    ["Der kriecht seinem Chef doch nur in den Arsch", "kriecht seinem Chef doch nur in den Arsch"],
    ["He keeps kissing the boss's ass", "kissing the boss's ass"],
    // Contempt glued on, or set before, people who are no identity group.
    ["Diese Schweinejournalisten lügen doch nur", "Schweinejournalisten"],
    ["Scheiß Politiker, alle gleich", "Scheiß Politiker"],
    ["These filthy politicians lie all the time", "filthy politicians"],
    ["Du Arsch", "Du Arsch"],
    ["What an ass", "What an ass"],
    // A demonstrative points away from the speaker.
    ["Ich will dieses Arschloch hier nie wieder sehen", "Arschloch"],
    ["I never want to see this asshole again", "asshole"],
  ])("%s", (text, evidence) => {
    const insult = judge(text).violations.find((found) => found.kind === "insult");
    expect(insult?.evidence.join(" ")).toContain(evidence);
  });

  it.each([
    ["Die Nafris am Bahnhof", "Nafris"],
    ["Those wetbacks again", "wetbacks"],
  ])("a slur for a group: %s", (text, evidence) => {
    expect(judge(text).violations.find((found) => found.kind === "identity-hate")?.evidence).toContain(evidence);
  });

  it.each([
    // Criticism of a thing, a performance or a decision, in the same frames.
    "Euer Service ist eine Lachnummer",
    "Der Service ist eine Lachnummer",
    "So eine Idiotie, die Filiale zu schließen",
    "Your new app is such a joke",
    "Das Update ist ein Witz",
    "You're welcome to join a redneck workout",
    "Ich bin so ein Versager, hab das Paket nicht abgeholt",
    "I'm such a loser, I missed the delivery again",
    "Ihr seid echt am Arsch mit dem neuen Update",
    "You guys are screwed, my ass is numb from waiting",
    "Scheißservice, schon wieder kein Rückruf",
    "Dirty trains and late again",
    "Das Gehirn einer Maus ist erstaunlich",
    "The brain of an octopus is amazing",
  ])("no insult: %s", (text) => {
    expect(kinds(text)).not.toContain("insult");
  });
});

describe("a quotation defuses what it quotes, not the whole comment", () => {
  it.each([
    ['Der "Experte" hat mal wieder keine Ahnung', false],
    ['The "expert" has no clue again', false],
    ["Er hat mich „Idiot“ genannt", true],
    ['He called me an "idiot"', true],
  ] as const)("%s", (text, defused) => {
    expect(readViolations(normalise(text)).defused).toBe(defused);
  });
});

describe("what is not a violation", () => {
  it.each([
    "Ihr Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht",
    "Your support is useless and incompetent, worst company ever",
    "Ihr Mitarbeiter hat mich als „Idiot“ bezeichnet. Unverschämt!",
    'Your agent called me an "idiot" on the phone. Is that how you treat customers?',
    "Du bist nicht dumm, nur falsch informiert.",
    "You're not stupid, the manual is just confusing.",
    "Ich bin so ein Idiot, hab das Passwort vergessen",
    "I'm such an idiot, I ordered the wrong size",
    "Was für eine dumme Idee, die Filiale zu schließen",
    "Ich werde Sie verklagen und meinen Anwalt einschalten!",
    "I'll report you to the consumer protection agency",
    "Ich weiß nicht, wo euer Büro ist, könnt ihr die Adresse schicken?",
    "Flüchtlinge brauchen unsere Hilfe",
    "Deep fried Oreos are the best",
    "Arroz con pollo, please",
    "Die Züge sind dreckig und immer zu spät",
    "My transmission (the tranny) broke after two weeks",
    "Please DM me, I need help with my account https://example.com/help",
    "Mein Handy ist verreckt, kann man das reparieren?",
    "Nazis raus aus unserer Stadt!",
  ])("%s", (text) => {
    const assessment = judge(text);
    expect(assessment.verdict).toBe("keep");
    expect(assessment.violations.filter((violation) => violation.kind !== "profanity")).toEqual([]);
  });
});
