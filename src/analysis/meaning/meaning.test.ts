import { describe, expect, it } from "vitest";
import type { ViolationKind } from "../../shared/assessment";
import { normalise } from "../normalise";
import { readViolations } from "../violations";
import { repairEvasions } from "./repair";

/** The kinds the rules alone name (no model): what meaning/ adds to the word lists. */
const kinds = (text: string): ViolationKind[] => [
  ...new Set(readViolations(repairEvasions(normalise(text))).violations.map((violation) => violation.kind)),
];

describe("identity hate by meaning", () => {
  it.each([
    ["de", "Ich hasse Transmenschen."],
    ["de", "Frauen gehören in einen Zoo."],
    ["de", "Widerlich sind sie, diese Syrer."],
    ["de", "Sind Muslime nicht alle kriminell?"],
    ["de", "Ich finde, Lesben sind abartig."],
    ["de", "Araber haben so ekelhafte Fressen."],
    ["en", "Women are disgusting."],
    ["en", "Why are gay people so vile?"],
    ["en", "Refugees think they're special. They are vermin."],
    ["en", "Deport every last one of the Muslims!"],
  ])("%s: %s", (_, text) => {
    expect(kinds(text)).toContain("identity-hate");
  });

  it.each([
    ["de", "Nicht alle Flüchtlinge sind kriminell."],
    ["de", "Ich hasse es, wenn Frauen immer zu spät kommen."],
    ["de", "Wer behauptet, Juden seien gierig, ist ein Rassist."],
    ["de", "Es ist gefährlich, offen als Jude zu leben."],
    ["de", "Viele Flüchtlinge sind krank und brauchen Hilfe."],
    ["de", "Deutschland hat letztes Jahr Migranten abgeschoben."],
    ["de", "Terroristen ermordeten muslimische Gläubige beim Gebet."],
    ["en", "I don't hate immigrants."],
    ["en", "Refugees want to go back home one day."],
    ["en", "Some immigrants are criminals, like some of everyone."],
    ["en", "Stop claiming that Mexicans are rapists."],
    ["en", "Women are sick of waiting for equal pay."],
  ])("%s: not hate: %s", (_, text) => {
    expect(kinds(text)).not.toContain("identity-hate");
  });
});

describe("threats by meaning", () => {
  it.each([
    ["de", "Ich bring dich um."],
    ["de", "Dich knall ich ab."],
    ["de", "Der gehört erschossen."],
    ["de", "Wenn ich euren Fahrer erwische, ist er dran."],
    ["de", "Zündet die Filiale an!"],
    ["de", "Hoffentlich krepiert ihr alle."],
    ["en", "I'm going to kill you."],
    ["en", "Your CEO deserves to be shot."],
    ["en", "Someone should put a bullet in him."],
    ["en", "If my refund isn't here by Friday, your store burns."],
    ["en", "We know where your kids go to school."],
    ["en", "Go die."],
  ])("%s: %s", (_, text) => {
    expect(kinds(text)).toContain("threat");
  });

  it.each([
    ["de", "Er wurde gestern erschossen."],
    ["de", "Die Preise bringen mich um."],
    ["de", "Ich würde euch nie etwas antun."],
    ["de", "Ich bringe euch die Ware um 10 Uhr."],
    ["de", "Ich zünde heute Kerzen an."],
    ["de", "Ich könnte mich totlachen."],
    ["en", "I'll shoot you an email tomorrow."],
    ["en", "You killed it on stage last night!"],
    ["en", "Hang up the phone and call me."],
    ["en", "This heat is killing me."],
    ["en", "If you're dead tired, take a break."],
  ])("%s: no threat: %s", (_, text) => {
    expect(kinds(text)).not.toContain("threat");
  });
});

describe("insults by meaning", () => {
  it.each([
    ["de", "Und Deine sind extrem doof."],
    ["de", "Ihr habt doch einen an der Waffel"],
    ["de", "🖕🖕🖕"],
    ["de", "Wie blöd sind eure Mitarbeiter eigentlich?"],
    ["de", "Du bist so dumm wie Brot."],
    ["en", "You're not the sharpest tool in the shed."],
    ["en", "You useless piece of garbage."],
    ["en", "Your support team are brain dead."],
  ])("%s: %s", (_, text) => {
    expect(kinds(text)).toContain("insult");
  });

  it.each([
    ["de", "Eure Werbung ist widerlich."],
    ["de", "Was für ein dummer Fehler."],
    ["de", "Du hast null Ahnung, wie das geht? Ich erkläre es gern."],
    ["de", "Schön, dass ihr Behinderte so unterstützt."],
    ["en", "Your service is an absolute disaster."],
    ["en", "Your prices are a joke."],
  ])("%s: no insult: %s", (_, text) => {
    expect(kinds(text)).not.toContain("insult");
  });
});

describe("derogatory words wait for the model", () => {
  const candidates = (text: string) => readViolations(repairEvasions(normalise(text))).candidates;

  it("names a word for people wherever it stands, a word for things only beside a person", () => {
    expect(candidates("Diese Stümper von der SPD")).toEqual(["Stümper"]);
    expect(candidates("Eine riesen Mogelpackung bekloppter Politiker")).toEqual(["bekloppter"]);
    expect(candidates("Der Service ist Dreck")).toEqual([]);
    expect(candidates("Diese Ratten im Keller sind eine Plage")).toEqual([]);
    expect(candidates("I'm such a retard sometimes")).toEqual([]);
  });
});
