import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), round 5 of fresh batches (215–218), each answered wrongly before: irony
 * with no emoji thanked ("Aber Hauptsache …", "So spar ich mir wenigstens …", "Really living up to the slogan",
 * "Great system, really"), praise of a problem put right answered as the problem ("zwei Tage später war Ersatz da …
 * Fan für immer", "re-sent it without any fuss … worth the wait"), and praise without a word of praise ("Gerne
 * wieder", "niedriger als gedacht") read along with.
 */

describe("irony without an emoji is never thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Toll, wirklich toll. Die Jahresabrechnung sollte im Februar kommen, jetzt haben wir Mai. Aber Hauptsache die App hat jetzt einen Dunkelmodus. Prioritäten stimmen.",
    ],
    [
      "kaffeekollektiv",
      "Großartig, Kaffeekollektiv Ottensen hat samstags um 11 keine Croissants mehr. So spar ich mir wenigstens die Kalorien.",
    ],
    [
      "rheinwerk",
      "Love how your fast and easy solar offer took 5 weeks just to get a reply to my enquiry. Really living up to the slogan there.",
    ],
    [
      "kaffeekollektiv",
      "Amazing how the subscription you can pause anytime kept charging me for 3 months after I paused it. Great system, really.",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/\b(?:[Dd]anke|[Tt]hank|kind words|netten Worte)/u);
  });
});

describe("a problem put right and praised is no case to open", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Muss ich jetzt mal loswerden: letzten Monat kam mein Abo-Paket kaputt an, Bohnen überall im Karton 🙈 Hab euch ne DM geschrieben und zwei Tage später war Ersatz da plus ne nette Karte von Ole. Seitdem Fan für immer ☕❤️",
    ],
    [
      "kaffeekollektiv",
      "Wanted to leave a note here. My first order got lost somewhere between Leipzig and Vienna back in March and I was pretty annoyed. Your team re-sent it without any fuss and honestly the Sidamo was worth the wait. Now on my third bag",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "kaffeekollektiv", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Bestellnummer|order number/u);
  });
});

describe("praise without a word of praise", () => {
  it.each([
    "Kurzes Feedback aus Bergisch Gladbach: Rheinwerk hat bei uns in der Schreinerei letzte Woche die PV-Anlage (28 kWp) aufs Hallendach gesetzt. Monteure pünktlich, Baustelle jeden Abend sauber, Anmeldung beim Netzbetreiber gleich mit erledigt. Gerne wieder.",
    "wp 12 läuft jetzt seit dem 2. winter ohne mucken, auch bei -14 grad letzte woche. stromverbrauch niedriger als gedacht. hätte ich nicht geglaubt ehrlich gesagt",
  ])("%s", (text) => {
    const { first } = goldenAnswer("rheinwerk", text);
    expect(first?.strategy).toBe("thank-specifically");
  });
});
