import { describe, expect, it } from "vitest";
import { companyAnswers } from "./company-answers";

/**
 * More comments misread before 2026-11-30's third stop (written for it, read by a social-media lead, none from a
 * data set): a regional slur answered "wir nehmen Ihre Kritik ernst", a hair in a coffee and a child's rash left
 * without escalation, a widow's question called "gute Frage", a bus that drove past read as nothing, a question
 * about one's own bill apologised for.
 */
const answer = companyAnswers("Nordwind", "facebook", "Gabi Neumann");
const first = (text: string) => answer(text).suggestions[0];

describe("comments read on a busy page", () => {
  it("sends 'Typisch Ossis, die können einfach nicht arbeiten' to review with the company's stance", () => {
    const { assessment, suggestions } = answer(
      "Typisch Ossis, die können einfach nicht arbeiten. Kein Wunder, dass euer Werk in Zwickau Probleme hat.",
    );
    expect(assessment.verdict).toBe("review");
    expect(suggestions[0]?.strategy).toBe("state-stance");
    for (const s of suggestions) expect(s.text).not.toMatch(/Ossis/);
  });

  it("escalates a hair in a coffee on X, within X's length", () => {
    const x = companyAnswers("Nordwind", "x", "ella_t");
    const reply = x("my oat milk latte had a hair in it at your King's Cross branch. gross.").suggestions[0];
    expect(reply?.text).toMatch(/a hair/);
    expect(reply?.text).toMatch(/quality and safety team/);
  });

  it("escalates a child's rash after eating, naming the daughter", () => {
    const reply = first(
      "Meine Tochter (6) hat nach dem Verzehr eurer Kekse Nesselausschlag bekommen. Auf der Packung steht nichts von Nüssen!",
    );
    expect(reply?.text).toMatch(/Tochter eine allergische Reaktion/);
    expect(reply?.text).toMatch(/Qualitätssicherung/);
  });

  it("answers a widow's question with sympathy first and no 'gute Frage'", () => {
    const { suggestions } = answer(
      "Mein Mann ist letzte Woche verstorben. Wie kann ich seinen Vertrag auf mich umschreiben lassen?",
    );
    expect(suggestions[0]?.strategy).toBe("holding-reply");
    expect(suggestions[0]?.text).toMatch(/Verlust/);
    expect(suggestions[0]?.text).not.toMatch(/gute Frage|danke/i);
    expect(suggestions[0]?.text).not.toMatch(/😊|🙌|💙|🙂/u);
  });

  it("names a bus that drove past a waiting passenger", () => {
    expect(
      first("Der Bus 23 ist heute morgen einfach an der Haltestelle vorbeigefahren, obwohl ich gewunken habe.")?.text,
    ).toMatch(/der Bus 23 nicht angehalten hat/);
  });

  it("holds a calm question about one's own bill instead of apologising for it", () => {
    const { suggestions } = answer(
      "Ich habe eine Frage zu meiner Rechnung: Warum wird mir eine Servicepauschale von 4,99 € berechnet?",
    );
    expect(suggestions[0]?.strategy).toBe("holding-reply");
    expect(suggestions[0]?.text).not.toMatch(/tut uns leid|geklappt/);
  });

  it("says a closed branch as found closed", () => {
    expect(
      first("Warum ist die Filiale in Würzburg schon wieder geschlossen? Stand heute um 10 vor verschlossener Tür.")
        ?.text,
    ).toMatch(/in Würzburg vor verschlossener Tür/);
  });

  it("hears a jab once or leaves it, and engages no argument with it", () => {
    // Since the retraining of 2026-12-03 the model finds "you people" abusive enough for `review`: a boundary is
    // then offered second, never first.
    const { suggestions } = answer("you people are a joke");
    const plans = suggestions.map((s) => s.strategy);
    expect(plans[0]).toBe("take-seriously");
    expect(plans).toContain("do-not-reply");
    expect(plans).not.toContain("engage-argument");
  });

  it("thanks 'hat mir in 10 Minuten geholfen. So muss das sein!' as praise", () => {
    expect(answer("Der Kundenservice hat mir in 10 Minuten geholfen. So muss das sein!").assessment.tone).toBe(
      "positive",
    );
  });

  it("holds 'Wann kommt endlich die Android-App?' as a question, not an app fault with a version to send", () => {
    const reply = first("Wann kommt endlich die Android-App? Ihr vertröstet uns seit einem Jahr.");
    expect(reply?.strategy).toBe("holding-reply");
    expect(reply?.text).not.toMatch(/App-Version|Probleme/);
  });

  it("reads an outage report with a 503 as the website failing, and names no 'now'", () => {
    const reply = first("Is anyone else unable to load the website right now? Getting a 503.");
    expect(reply?.text).toMatch(/our website/);
    expect(reply?.text).not.toMatch(/\bnow\b/);
  });

  it("names a kettle and a price that went up", () => {
    expect(
      first(
        "I want to speak to a manager. Your staff in Manchester refused to exchange my faulty kettle without a receipt.",
      )?.text,
    ).toMatch(/kettle/);
    expect(first("just cancelled my pro plan. the price went up 40% and nothing improved.")?.text).toMatch(
      /your price has gone up/,
    );
  });

  it("engages an expert's argument; their years in the trade are no case to ask details about", () => {
    const { suggestions } = answer(
      'As someone who has worked in logistics for 20 years: your "carbon neutral delivery" claim needs an independent audit.',
    );
    // Twenty years in the trade is standing: an opinion leader, whose argument (the claim they quote) is engaged.
    expect(suggestions.map((s) => s.strategy)).toEqual(["engage-argument", "invite-dialogue"]);
    expect(suggestions[0]?.text).toMatch(/"carbon neutral delivery"/);
  });

  it.each([
    [
      "Mein Hund hat von eurem Hundefutter Durchfall bekommen. Charge 4411B.",
      /dass (?:Ihr|dein) Hund krank geworden ist/,
      /Qualitätssicherung/,
    ],
    [
      "your driver nearly ran me over on the zebra crossing on Mill Road this morning. van reg KX19 ABC",
      /you were put in such danger/,
      // Since 2026-12-01 a road incident goes to whoever runs the drivers, not to quality assurance.
      /managers of our drivers|in charge of our vehicles/,
    ],
  ])("escalates an animal made ill and a near miss on the road: %s", (text, said, to) => {
    const reply = first(text);
    expect(reply?.text).toMatch(said);
    expect(reply?.text).toMatch(to);
    expect(reply?.text).not.toMatch(/Chargennummer|batch number|ärgerlich|frustrating/);
  });

  it.each([
    [
      "Die Heizung in unserer Mietwohnung ist seit Freitag kalt, der Hausmeister geht nicht ans Telefon. Wohnung 3.12, Lindenstraße 4.",
      /dass Sie seit Freitag keine Heizung haben/,
    ],
    ["Danke für nichts. Zwei Wochen ohne Internet und keiner kommt.", /dass Sie kein Internet haben/],
  ])("names a supply cut at home as a case: %s", (text, said) => {
    expect(first(text)?.text).toMatch(said);
  });

  it("takes being insulted at the checkout with nobody stepping in as being treated so, and asks where", () => {
    const reply = first("Ich komme aus Russland und wurde an eurer Kasse beschimpft. Niemand hat eingegriffen.");
    expect(reply?.text).toMatch(/so behandelt gefühlt/);
    expect(reply?.text).toMatch(/[Ii]n welcher Filiale/);
  });

  it("hears 'obsessed with the new winter menu' as praise and 'Eure Azubis sind alle faul und frech' as criticism", () => {
    expect(answer("obsessed with the new winter menu ☕️❄️ the gingerbread latte is everything").assessment.tone).toBe(
      "positive",
    );
    expect(answer("Eure Azubis sind alle faul und frech.").assessment.tone).toBe("critical");
  });
});
