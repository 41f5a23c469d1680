import { describe, expect, it } from "vitest";
import { assessComment } from "./index";
import { snapshotOf } from "./snapshot";

/**
 * The shipped model and the rules together, on comments a company page gets: what must never be offered for
 * deletion (criticism, slogans against hate, swearing at a thing) and what must never be let through.
 */
const verdict = (text: string) => assessComment(snapshotOf(text), { companyName: "Nordlicht" }).verdict;

describe("with the shipped model", () => {
  it.each([
    "Nazis raus aus unserer Stadt!",
    "Dieser Konzern ist eine Abzocke und ich hasse eure Hotline.",
    "Eure Preise sind eine Frechheit, ich kündige.",
    "Scheiße, das Update hat mein Handy gekillt.",
    "Die neue App ist totaler Müll.",
    "Your app is a steaming pile of garbage.",
    "This company is a rip-off and I hate your hotline.",
    "Ich werde euch verklagen, bis ihr nichts mehr habt.",
    "Ich hasse Muslime nicht.",
    "Nicht alle Flüchtlinge sind kriminell.",
    "Muslims deserve the same respect as everyone else.",
    // Praise: the English model weighs "white" heavily (its training data is full of slurs built on it).
    "the oat flat white at your Ottensen café is honestly the best in Hamburg 😍",
  ])("keeps criticism, counter-speech, praise and swearing at things: %s", (text) => {
    expect(verdict(text)).toBe("keep");
  });

  it.each([
    "Ich möchte alle Frauen töten.",
    "Transmenschen sind Abschaum.",
    "Von mir aus könnt ihr jämmerlich verrecken",
    "Ihr habt doch einen an der Waffel 🖕",
    "Women are disgusting",
    "I hate trans people",
    "Go back to where you came from, nobody wants you here.",
    "Somebody should shoot the CEO.",
  ])("lets the user delete hate, threats and insults: %s", (text) => {
    expect(verdict(text)).toBe("may-delete");
  });

  it.each([
    "Breakfast fried chicken jerk chicken Tater tots white rice and beans",
    "Frustration can be a bitch!",
    "Karma's a bitch huh",
    "it's kinda screwed up that they were my guinea pigs but i was only experimenting on taste",
    "But only BBC, the American version is trash",
    "Quick shout-out to Marta at the Kreuzberg bar who made my mum a decaf oat flat white with a heart in it on her 70th.",
  ])("never offers for deletion a dish, an idiom, a thing or praise: %s", (text) => {
    expect(verdict(text)).not.toBe("may-delete");
  });

  it.each(["If you think you can be a bitch, I can be an even bigger one.", "Seehofer ist eine bayrische Oberpfeife."])(
    "still names the insult beside such idioms: %s",
    (text) => {
      expect(verdict(text)).toBe("may-delete");
    },
  );
});

describe("the reasons a kept comment gets", () => {
  const codes = (text: string) =>
    assessComment(snapshotOf(text), { companyName: "Kaffeekollektiv" }).reasons.map((reason) => reason.code);

  it("does not call a customer's calm report rough, whatever the model makes of its letters", () => {
    const cup =
      "hey ihr, bestellung 20931 kam heute an, kaffee top aber die große tasse (die blaue mit dem logo) hat nen riss quer durch bis zum henkel 😕 war eigentlich gut verpackt, muss beim packen schon passiert sein. foto kann ich schicken";
    expect(assessComment(snapshotOf(cup), { companyName: "Kaffeekollektiv" }).scores.toxicity).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(codes(cup)).not.toContain("offensive-no-rule");
    expect(codes(cup)).toContain("criticism-not-violation");
  });
});
