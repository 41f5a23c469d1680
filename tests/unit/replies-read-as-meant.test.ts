import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { composeReplies } from "../../src/replies";
import type { CommentSnapshot } from "../../src/shared/comment";
import { DEFAULT_GUIDELINES, type Guidelines } from "../../src/shared/guidelines";

/**
 * Comments to a B2B software company that were misread before 2026-11-30 (read by a social-media lead, none
 * taken from a data set): exasperation read as a question, reach stated in the text ignored, a software fault
 * asked for a device model, an amount read as an invoice number, an expert's question answered as a correction.
 */
const guidelines: Guidelines = { ...DEFAULT_GUIDELINES, companyName: "Lohnwerk" };
const options = { now: new Date("2026-11-30T10:00:00Z"), timeZone: "Europe/Berlin" };

function snapshot(text: string, name = "Kim Berger"): CommentSnapshot {
  return {
    site: "linkedin",
    id: `c-${text.length}`,
    threadId: "post-1",
    text,
    author: { name, verified: false, badges: [], isOrganisation: false },
    isReply: false,
    byPageOwner: false,
  };
}

const answer = (text: string) => {
  const comment = snapshot(text);
  const assessment = assessComment(comment, guidelines);
  return { assessment, suggestions: composeReplies(comment, assessment, guidelines, options) };
};

describe("comments read as they are meant", () => {
  it("hears exasperation, not a question to hold: „Schon wieder …? Ernsthaft?“", () => {
    const { assessment, suggestions } = answer("Schon wieder Wartungsarbeiten mitten im Monatsabschluss? Ernsthaft?");
    expect(assessment.tone).toBe("critical");
    expect(suggestions[0]?.strategy).toBe("take-seriously");
    for (const s of suggestions) expect(s.strategy).not.toBe("answer-frame");
  });

  it("reads a change judged worse as criticism, not a poll", () => {
    const { assessment } = answer(
      "Wondering if anyone else thinks the new dashboard is harder to read? The old one was clearer.",
    );
    expect(assessment.tone).toBe("critical");
  });

  it("takes reach the commenter states as reach: an opinion leader to win over", () => {
    const { assessment, suggestions } = answer(
      "As an HR consultant with 40k followers I'd love to know why your pricing page hides the per-employee fee until checkout. Not a great look.",
    );
    expect(assessment.role).toBe("opinion-leader");
    expect(assessment.roleReasons.map((reason) => reason.code)).toContain("reach-followers");
    expect(suggestions[0]?.strategy).toBe("engage-argument");
  });

  it("asks no device model about a software feature that fails", () => {
    const { suggestions } = answer(
      "Your payroll export to Xero has been broken since Monday. 120 employees need to be paid Friday. Who do I call?",
    );
    for (const s of suggestions) expect(s.text).not.toMatch(/model|Modell|Gerät/);
  });

  it("reads underpayment after an update as the customer's case", () => {
    const { assessment, suggestions } = answer(
      "Seit dem letzten Update rechnet Lohnwerk die Überstundenzuschläge falsch ab. Drei Mitarbeitende haben zu wenig bekommen. Wer kommt dafür auf?",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(suggestions[0]?.strategy).toMatch(/^case-/);
    for (const s of suggestions) expect(s.text).not.toMatch(/Modell|Gerät/);
  });

  it("names an amount on an invoice as an amount, not as the invoice's number", () => {
    const { suggestions } = answer(
      "Euer Vertrieb hat mir am Telefon versprochen, dass der Umzug der Daten kostenlos ist. Jetzt steht auf der Rechnung 890 €.",
    );
    expect(suggestions[0]?.strategy).toMatch(/^case-/);
    for (const s of suggestions) expect(s.text).not.toMatch(/Rechnung 890\b/);
  });

  it("holds an expert's question first and checks the correction beside it", () => {
    const { suggestions } = answer(
      'Als Datenschutzbeauftragter von 30 Unternehmen frage ich: Wo genau werden die Lohndaten gehostet? Ihre Website sagt "EU", das reicht nach Schrems II nicht.',
    );
    expect(suggestions.map((s) => s.strategy)).toEqual(["holding-reply", "check-correction"]);
  });

  it("thanks staff praised by name and passes it on without repeating itself", () => {
    const { suggestions } = answer(
      "Thank you Aisha from support for sorting out our tax codes in 10 minutes. Brilliant service.",
    );
    expect(suggestions[0]?.strategy).toBe("thank-specifically");
    expect(suggestions[0]?.text).toContain("Aisha");
    expect(suggestions[0]?.text.match(/kind words/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("names no filler as the topic of a question", () => {
    const de = answer("Gibt es eine Möglichkeit, Lohnwerk mit Personio zu verbinden? Finde dazu nichts in der Doku.");
    expect(de.suggestions[0]?.text).toContain("Personio");
    expect(de.suggestions[0]?.text).not.toMatch(/Thema Möglichkeit/);
    const en = answer("Any plans for a mobile app? Our managers approve timesheets on the go.");
    expect(en.suggestions[0]?.text).toContain("mobile app");
    expect(en.suggestions[0]?.text).not.toMatch(/plans and|managers/);
  });

  it("reads a death wish on whoever made something as a threat", () => {
    expect(answer("Wer diesen Fahrplan gemacht hat, gehört erschossen.").assessment.verdict).toBe("may-delete");
    expect(answer("Whoever made this timetable should be shot.").assessment.verdict).toBe("may-delete");
    expect(answer("Wer wurde gestern in Köln erschossen?").assessment.verdict).toBe("keep");
  });

  it("thanks a shout-out to staff as praise", () => {
    const { assessment, suggestions } = answer(
      "Shoutout to the guard on the 17:45 to York who kept everyone updated during the delay. Legend.",
    );
    expect(assessment.tone).toBe("positive");
    expect(suggestions[0]?.strategy).toBe("thank-specifically");
  });

  it("hears doctored figures and 'would it be so hard?' as criticism", () => {
    expect(answer("Eure Pünktlichkeitsstatistik ist geschönt. Ausfälle zählt ihr gar nicht mit.").assessment.tone).toBe(
      "critical",
    );
    const { suggestions } = answer(
      "Eure Ansagen sind nur auf Deutsch, Touristen verstehen nichts. Wäre eine englische Ansage so schwer?",
    );
    expect(suggestions[0]?.strategy).toBe("take-seriously");
  });

  it("reads turning up armed at a store as a threat", () => {
    expect(
      answer("I'll be outside your Oxford Street store tomorrow with a baseball bat, see how you like that.").assessment
        .verdict,
    ).toBe("may-delete");
    expect(answer("Ich komme morgen mit dem Baseballschläger in eure Filiale.").assessment.verdict).toBe("may-delete");
    expect(answer("Our store team played baseball with a bat from the shop last Sunday.").assessment.verdict).toBe(
      "keep",
    );
  });

  it("reads a return whose money has not come, and a voucher that is refused, as cases", () => {
    const refund = answer(
      "Die Rücksendung ist seit 14 Tagen bei euch, das Geld ist immer noch nicht da. So langsam reicht es.",
    );
    expect(refund.assessment.intent.complaint?.problem).toBe("refund");
    expect(refund.suggestions[0]?.strategy).toMatch(/^case-/);
    expect(
      answer("Ich habe den Gutscheincode WINTER20 eingegeben, aber er wird nicht akzeptiert.").assessment.intent
        .complaint,
    ).toBeDefined();
  });

  it("hears sizing that is off, shrunk goods and 'asking for a friend' as criticism", () => {
    expect(answer("The sizing on your website is completely off. I'm a size 10 everywhere else.").assessment.tone).toBe(
      "critical",
    );
    const shrank = answer(
      "Bought the same jumper twice because the first one shrank after one wash. Not buying a third.",
    );
    expect(shrank.assessment.tone).toBe("critical");
    for (const s of shrank.suggestions) expect(s.text).not.toMatch(/model/);
    const friend = answer(
      "Is this the same company that was in the news for paying workers 30p an hour? Asking for a friend.",
    );
    expect(friend.suggestions[0]?.strategy).toBe("take-seriously");
  });

  it("takes a broken link pointed out as a correction to check", () => {
    const { assessment, suggestions } = answer("Just a heads up, the link in your bio goes to a 404 page.");
    expect(assessment.role).toBe("know-it-all");
    expect(suggestions[0]?.strategy).toBe("check-correction");
    expect(suggestions[0]?.text).not.toMatch(/heads/);
  });

  it("reads the plague wished on a company's staff as a death wish", () => {
    expect(answer("Ich wünsche allen Mitarbeitern dieser Bank die Pest an den Hals.").assessment.verdict).toBe(
      "may-delete",
    );
  });

  it("reads a TAN that never arrives as the customer's case, and names no insult as the topic", () => {
    const tan = answer(
      "Seit drei Tagen kann ich im Online-Banking keine Überweisungen mehr freigeben. Die TAN kommt einfach nicht an.",
    );
    expect(tan.suggestions[0]?.strategy).toMatch(/^case-/);
    for (const s of tan.suggestions) expect(s.text).not.toMatch(/App-Version|Modell/);
    const fees = answer("Kontoführungsgebühren schon wieder erhöht. Ihr seid echt das Letzte.");
    for (const s of fees.suggestions) expect(s.text).not.toMatch(/Thema Letzte/);
  });

  it("reads a contract renewed against a notice as a case, and praise, fee rises and unfairness as meant", () => {
    const renewed = answer("Mein Vertrag wurde ohne meine Zustimmung verlängert. Ich habe fristgerecht gekündigt!");
    expect(renewed.suggestions[0]?.strategy).toMatch(/^case-/);
    expect(
      answer("The new vegan menu is incredible, please never take the jackfruit burger off!!").assessment.tone,
    ).toBe("positive");
    expect(answer("Delivery fee went from £1.99 to £3.49 overnight. Bye.").assessment.tone).toBe("critical");
    expect(
      answer("Warum bekomme ich als Bestandskundin nicht die gleichen Angebote wie Neukunden? Das ist unfair.")
        .assessment.tone,
    ).toBe("critical");
    const riders = answer("Your riders are paid peanuts while you post record profits. Shameful.");
    for (const s of riders.suggestions) expect(s.text).not.toMatch(/our post/);
  });
});
