import { describe, expect, it } from "vitest";
import { companyAnswers } from "./company-answers";

/**
 * Comments to a B2B software company that were misread before 2026-11-30 (read by a social-media lead, none
 * taken from a data set): exasperation read as a question, reach stated in the text ignored, a software fault
 * asked for a device model, an amount read as an invoice number, an expert's question answered as a correction.
 */
const answer = companyAnswers("Lohnwerk", "linkedin", "Kim Berger");

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

  // Comments to an energy supplier (2026-11-30, written for this check, none from a data set).
  it.each([
    [
      "Zählerstand habe ich am 2. November online eingegeben, auf der Jahresabrechnung steht trotzdem ein geschätzter Wert. Was soll das?",
      "billing",
    ],
    ["my smart meter stopped sending readings in august and now you want £600 in one go. not paying that.", "billing"],
    ["direct debit taken twice this month, account ending 4471. need that back asap", "billing"],
    ["engineer was meant to come between 8 and 12, it's now 3pm and nobody has turned up or called", "other"],
  ])("reads a problem told as a plain fact as the customer's case: %s", (text, problem) => {
    const { assessment, suggestions } = answer(text);
    expect(assessment.intent.complaint?.problem).toBe(problem);
    expect(suggestions[0]?.strategy).toMatch(/^case-/);
  });

  it("names a date from the start of a sentence as it reads inside one: „seit Januar“", () => {
    const { suggestions } = answer(
      "Seit Januar zahle ich 40 € mehr Abschlag im Monat und keiner kann mir erklären warum. Kundennummer 5512093.",
    );
    expect(suggestions[0]?.text).toContain("seit Januar");
    expect(suggestions[0]?.text).not.toContain("Seit Januar");
  });

  it("names the noun a German sentence opens with: „Stromausfall in der Nordstadt …“", () => {
    const { suggestions } = answer(
      "Stromausfall in der Nordstadt seit 2 Stunden, gibt es schon eine Info wann es wieder geht?",
    );
    expect(suggestions[0]?.text).toContain("Stromausfall");
  });

  it.each([
    "Spannender Beitrag. Mich würde interessieren, wie Sie die Netzentgelte für Wärmepumpen gestalten wollen.",
    "Great post. I'd like to know how the new tariffs work for small businesses.",
  ])("hears a question asked without a question mark: %s", (text) => {
    expect(answer(text).assessment.tone).toBe("question");
  });

  it.each([
    "Ökostrom von euch ist doch reine Augenwischerei, das ist nachgewiesen.",
    "Your demand-flex scheme is a good start but the payout is too low to change behaviour.",
  ])("hears a claim called a sham, or a scheme found wanting, as criticism: %s", (text) => {
    const { assessment, suggestions } = answer(text);
    expect(assessment.tone).toBe("critical");
    for (const s of suggestions) expect(s.text).not.toMatch(/Augenwischerei|kind words|freundlichen Worte/);
  });

  // Comments to an airline (2026-11-30, written for this check, none from a data set).
  it.each(["Ich hoffe euer nächster Flieger stürzt ab.", "I hope your next plane crashes"])(
    "hears a crash wished on the planes as a death wish: %s",
    (text) => {
      const { assessment, suggestions } = answer(text);
      expect(assessment.verdict).toBe("may-delete");
      expect(suggestions[0]?.strategy).toBe("boundary");
    },
  );

  it.each(["Ich hoffe, die App stürzt nicht mehr so oft ab.", "I hope the app crashes less after the update"])(
    "does not hear a wish about software crashes as one: %s",
    (text) => {
      expect(answer(text).assessment.verdict).toBe("keep");
    },
  );

  it("keeps rude nostalgia about prices as criticism, never to review: „Billigflieger mit Premiumpreisen“", () => {
    const { assessment, suggestions } = answer(
      "Früher war Fliegen mal was Besonderes, heute seid ihr ein Billigflieger mit Premiumpreisen.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.tone).toBe("critical");
    expect(suggestions[0]?.text).not.toContain("Besonderes");
  });

  it("reads a lost suitcase with its reference as a case, not a neutral remark", () => {
    const { assessment, suggestions } = answer(
      "Koffer seit 9 Tagen verschollen, Referenz MUCLH45821. Drei Mails, null Antwort.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(suggestions[0]?.text).toContain("MUCLH45821");
  });

  it("counts reach stated in millions, and names the criticised thing, not the reach", () => {
    const { assessment, suggestions } = answer(
      "Mit 2 Mio. Followern auf TikTok sage ich euch: eure Kabinenansagen sind das Cringeste was ich je gehört hab. Lasst uns mal reden.",
    );
    expect(assessment.role).toBe("opinion-leader");
    expect(suggestions[0]?.text).toContain("Kabinenansagen");
    expect(suggestions[0]?.text).not.toMatch(/Mio|TikTok/);
  });

  it.each([
    "Als Verkehrsforscher sehe ich Ihren Nachhaltigkeitsbericht kritisch: Die Kompensation über Zertifikate löst das Problem nicht. Gern diskutiere ich das mit Ihnen.",
    "airlines complaining about climate rules while flying empty planes to keep slots. hypocrites.",
  ])("meets an argument with the company's view, never 'tell us what happened': %s", (text) => {
    const { suggestions } = answer(text);
    expect(suggestions.map((s) => s.strategy)).not.toContain("ask-details");
    for (const s of suggestions) expect(s.text).not.toMatch(/was genau passiert|what happened/i);
  });

  it("leaves the commenter's own 'Still nothing' out of the case's details", () => {
    const { suggestions } = answer(
      "Under EU261 you owe me €400 for a 5h delay. I've submitted the claim 8 weeks ago, ref EU-88123. Still nothing.",
    );
    expect(suggestions[0]?.text).toContain("EU-88123");
    expect(suggestions[0]?.text).not.toContain("Still nothing");
  });

  // Comments to a supermarket chain and a B2B software firm (2026-11-30, written for this check).
  it.each([
    "Preise rauf, Qualität runter. Danke für nix.",
    "We've been a customer for 6 years. Your new pricing doubles our bill. Not renewing.",
  ])("hears a parting shot as criticism, never as praise to thank: %s", (text) => {
    const { assessment, suggestions } = answer(text);
    expect(assessment.tone).toBe("critical");
    for (const s of suggestions) expect(s.strategy).not.toMatch(/^thank/);
  });

  it.each([
    "Bei euch in der Filiale Lindenstraße war heute schon wieder kein Brot mehr da. Um 17 Uhr!",
    "your API has been returning 502s for the last hour, status page says all green. come on.",
    "Reported a security issue to security@ three weeks ago, no acknowledgement. Going public on Monday if I don't hear back.",
  ])("reads a failure told as a fact as a complaint: %s", (text) => {
    expect(answer(text).assessment.intent.complaint).toBeDefined();
  });

  it("asks no model for the shop's own machine: „Pfandautomat in Dortmund-Hörde kaputt“", () => {
    const { suggestions } = answer(
      "Warum ist der Pfandautomat in Dortmund-Hörde seit zwei Wochen kaputt? Jedes Mal das gleiche.",
    );
    for (const s of suggestions) expect(s.text).not.toMatch(/Modell/);
  });

  it("asks no order number of a customer who bought in the shop and kept the receipt", () => {
    const { suggestions } = answer(
      "Hab gestern eine verschimmelte Packung Erdbeeren gekauft, Kassenbon hab ich noch. Was nun?",
    );
    for (const s of suggestions) expect(s.text).not.toMatch(/Bestellnummer/);
  });

  it("meets a firm's price complaint with its view, not 'what happened?'", () => {
    const { suggestions } = answer(
      "Ihre Preiserhöhung um 18 % zum Jahreswechsel ohne Ankündigung ist für uns als Mittelständler nicht akzeptabel. Wir prüfen Alternativen.",
    );
    for (const s of suggestions) expect(s.text).not.toMatch(/was genau passiert/i);
  });

  it.each([
    "ok whoever designed the new dashboard should be fired and then set on fire",
    "Also wer dieses neue Dashboard entworfen hat, den sollte man feuern und danach anzünden.",
  ])("hears harm wished on whoever opened the sentence, however long the clause: %s", (text) => {
    expect(answer(text).assessment.violations.map((v) => v.kind)).toContain("threat");
  });

  it.each([
    "Whoever designed the new dashboard did a great job, it's so much faster.",
    "Wer das neue Dashboard entworfen hat, hat toll gearbeitet.",
  ])("reads no threat where nothing harmful is said of them: %s", (text) => {
    expect(answer(text).assessment.verdict).toBe("keep");
  });

  it("names what a complaint is about before a time told in passing", () => {
    const { suggestions } = answer(
      "Ihre Preiserhöhung um 18 % zum Jahreswechsel ohne Ankündigung ist für uns als Mittelständler nicht akzeptabel.",
    );
    expect(suggestions[0]?.text).not.toMatch(/Thema 18 %/);
  });

  // Comments to a bank and a rail operator (2026-11-30, written for this check).
  it("hears a 'masterpiece' of an outage as sarcasm, names the outage, never thanks", () => {
    const { assessment, suggestions } = answer(
      "Wieder mal ein Meisterwerk eurer IT 👏👏 Seit Freitag kein Online-Banking.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(suggestions[0]?.text).toContain("Online-Banking");
    for (const s of suggestions) expect(s.text).not.toMatch(/Meisterwerk|Lob|zufrieden/);
  });

  it.each([
    "all your drivers should be deported back to where they came from",
    "Schickt eure Fahrer doch zurück, wo sie herkommen.",
  ])("sends people back to 'where they came from' only to review, with the stance reply: %s", (text) => {
    const { assessment, suggestions } = answer(text);
    expect(assessment.verdict).toBe("review");
    expect(suggestions[0]?.strategy).toBe("state-stance");
  });

  it("never names an insult as the topic: „Ihr Bankster gehört doch alle hinter Gitter“", () => {
    const { suggestions } = answer("Ihr Bankster gehört doch alle hinter Gitter, ihr Verbrecher");
    for (const s of suggestions) expect(s.text).not.toMatch(/Bankster|Gitter/);
  });

  it("asks about a question's thing, not its verb: 'Does the railcard discount apply …'", () => {
    const { suggestions } = answer("Does the railcard discount apply to advance tickets bought through the app?");
    for (const s of suggestions) expect(s.text).not.toMatch(/discount apply/);
  });

  // Comments to an insurer and a games studio (2026-11-30, written for this check).
  it.each([
    "Your patch notes say the cooldown is 8s but in game it's clearly 12s. Which is right?",
    "Any news on the Switch version? You said Q3 and it's December.",
  ])("never sends a polite question to review, nor reads a number with its unit as swearing: %s", (text) => {
    const { assessment, suggestions } = answer(text);
    expect(assessment.verdict).toBe("keep");
    expect(assessment.violations).toEqual([]);
    for (const s of suggestions) expect(s.text).not.toMatch(/respectful|sachlich|Ton\b/);
  });

  it("reads a claim's waiting time and its claim number as the case", () => {
    const { suggestions } = answer(
      "Seit 7 Wochen warte ich auf die Regulierung meines Wasserschadens, Schadennummer 2025-448812. Der Gutachter war längst da.",
    );
    expect(suggestions[0]?.text).toContain("2025-448812");
    expect(suggestions[0]?.text).toContain("7 Wochen");
  });

  it("hears love with a lost save file as the loss, not as praise", () => {
    const { assessment, suggestions } = answer(
      "I love this game but the latest update deleted my save file. 200 hours gone. Please tell me there's a backup.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    for (const s of suggestions) expect(s.strategy).not.toMatch(/^thank/);
  });

  it("takes a child's age for no duration: 'My 12 year old spent £340'", () => {
    const { suggestions } = answer(
      "My 12 year old spent £340 on loot boxes without my permission. How do I get this refunded?",
    );
    for (const s of suggestions) expect(s.text).not.toMatch(/12 year/);
  });

  it("hears 'das Dümmste, was ich je gesehen habe' as criticism", () => {
    expect(
      answer("Eure Werbung mit dem Rentnerpaar ist ja wohl das Dümmste, was ich je gesehen habe.").assessment.tone,
    ).toBe("critical");
  });
});
