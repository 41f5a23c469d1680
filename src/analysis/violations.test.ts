import { describe, expect, it } from "vitest";
import type { ViolationKind } from "../shared/assessment";
import { assessWith } from "./assess";
import { snapshotOf } from "./snapshot";

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
