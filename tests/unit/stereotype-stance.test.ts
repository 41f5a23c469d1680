import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies";
import { DEFAULT_GUIDELINES } from "../../src/shared/guidelines";

/**
 * Old xenophobic tropes ("Die Ausländer nehmen uns die Arbeitsplätze weg") are neither a violation a rule may
 * call deletable nor criticism to take "seriously": they go to review, and the first reply states the company's
 * stance without thanks. Claims rejected, about no group, or about the company stay what they were.
 */
const guidelines = { ...DEFAULT_GUIDELINES, companyName: "Lohnwerk" };
const assess = (text: string) => assessComment(snapshotOf(text), guidelines);

describe("a sweeping claim about a group", () => {
  it.each([
    "Die Ausländer nehmen uns die Arbeitsplätze weg und ihr macht Werbung mit Diversity. Lächerlich.",
    "Migranten klauen uns die Wohnungen.",
    "Flüchtlinge leben doch nur auf unsere Kosten.",
    "Migrants are taking all our jobs and you advertise with diversity. Pathetic.",
    "Immigrants are flooding our country and nobody does anything.",
    "Muslims refuse to integrate, everyone knows it.",
    "Women shouldn't be train drivers, that's why everything is late.",
    "Frauen gehören an den Herd.",
    "Die Juden kontrollieren doch die ganzen Banken, das weiß jeder.",
    "Diese Asylanten zahlen doch eh keinen Strom, das zahlen wir alles mit",
    "typical foreigners running the call centre, can't understand a word they say",
    "Jetzt fluten die Migranten unser Land.",
    "Muslims are infiltrating our towns.",
  ])("goes to review with its words: %s", (text) => {
    const assessment = assess(text);
    expect(assessment.verdict).toBe("review");
    expect(assessment.reasons[0]?.code).toBe("review-stereotype");
    expect(assessment.reasons[0]?.words?.[0]).toBeTruthy();
  });

  it.each([
    "Es ist ein Mythos, dass Ausländer uns die Arbeitsplätze wegnehmen.",
    "Nicht die Migranten nehmen uns die Jobs weg, sondern die Automatisierung.",
    "Die Roboter nehmen uns die Arbeitsplätze weg.",
    "Ihr habt mir die Arbeit weggenommen, danke für nichts.",
    "It's not true that immigrants are taking our jobs.",
    "The new AI tools are taking our jobs.",
    "Kunden sollten nicht so lange warten müssen.",
    "Passengers shouldn't be allowed to eat on the train.",
    "Die Großbanken kontrollieren die Politik.",
    "Typisch, schon wieder Verspätung am Montagmorgen.",
    "Rentner zahlen keinen Rundfunkbeitrag? Das wusste ich nicht.",
    "Billigimporte fluten den Markt.",
    "Cheap imports are flooding the market.",
  ])("is not read where the claim is rejected or names no group: %s", (text) => {
    expect(assess(text).reasons.map((reason) => reason.code)).not.toContain("review-stereotype");
  });

  it.each([
    [
      "Die Ausländer nehmen uns die Arbeitsplätze weg und ihr macht Werbung mit Diversity. Lächerlich.",
      /pauschale|kamm/i,
    ],
    ["Migrants are taking all our jobs and you advertise with diversity. Pathetic.", /sweeping|lumping/i],
  ])("is answered with the company's stance, never taken seriously or thanked: %s", (text, stance) => {
    const assessment = assess(text);
    const replies = composeReplies(snapshotOf(text), assessment, guidelines, { now: new Date("2026-11-30T10:00:00Z") });
    const [first] = replies;
    expect(first?.strategy).toBe("state-stance");
    expect(first?.text).toMatch(stance);
    for (const reply of replies) expect(reply.text).not.toMatch(/ernst|seriously|danke|thank/i);
  });
});
