import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (fourth session): batches 128 and 129, written by helpers to the golden set's
 * two companies. Each was answered wrongly before: a threat to break a meter reader's legs answered as a billing
 * case, "I know which bike is his" taken seriously as feedback, a white screen in the app read as a wrong bill, a
 * reading of "48213 kWh" said back as "8213 kWh", "1ESY1160" cut to "1ES", "never turned up" cut to "never turned",
 * and "10/10 for the WP 9 👌" or "Holiday Blend >>>" given no thanks.
 */

function assess(text: string, company: "rheinwerk" | "kaffeekollektiv" = "kaffeekollektiv") {
  const comment = snapshotOf(text, { id: "c", site: "x", author: { name: "Jo Lenz" } });
  return assessComment(comment, GOLDEN_GUIDELINES[company]);
}

describe("threats beside a case, and veiled ones", () => {
  it.each([
    "@Rheinwerk if ur meter guy shows up at my door again i'll set the dog on him and break his f-ing legs. u overcharged me €96 last month",
    "The guy at the Leipzig café who wouldn't swap my burnt croissant better watch his back. I know which bike is his. Just saying.",
    "Ich hoffe, dass euer Ableser gesteinigt wird.",
  ])("may be deleted as a threat: %s", (text) => {
    const assessment = assess(text, text.includes("Rheinwerk") ? "rheinwerk" : "kaffeekollektiv");
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((violation) => violation.kind)).toContain("threat");
  });

  it("never takes a veiled threat seriously as feedback", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "The guy at the Leipzig café who wouldn't swap my burnt croissant better watch his back. I know which bike is his. Just saying.",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/take it seriously|feedback|bike/iu);
  });

  it.each([
    "I know which car is yours, we parked right next to it this morning.",
    "Break a leg tonight, his band is great!",
    "We're killing time in the café until the technician shows up.",
  ])("keeps what only sounds like one: %s", (text) => {
    expect(assess(text).verdict).toBe("keep");
  });
});

describe("a case said back as it was written", () => {
  it("names a meter reading whole, never its last four digits", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Moved out of my flat in Kalk on 30 June. Sent the final meter reading (48213 kWh) with a photo the same day. It's now August and you've still taken €96 from my account. Who do I actually talk to about this?",
      "facebook",
    );
    expect(first?.text ?? "").not.toMatch(/(?<!\d)8213/u);
  });

  it("names a meter's serial whole", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk eure Frau Pütz an der Hotline ist die dümmste Kuh, die ich je am Telefon hatte. Erzählt mir 3x, mein Zähler 1ESY1160 existiert nicht. DER HÄNGT HIER AN DER WAND!!!",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/1ES(?!Y)/u);
  });

  it("says 'never turned up' of a box whole, and never as a visit missed", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "paid €27.50 for a subscription box that never turned up. lovely.",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/never turned(?! up)|appointment/u);
    expect(first?.text).toMatch(/€27\.50/u);
  });

  it("says 'arrived split open', not 'arrived split'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv wtf. ordered the Colombia Huila on friday, €23.50, bag arrived split open and half empty all over the box. garbage service honestly",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/arrived split(?! open)/u);
  });

  it("reads an app's white screen as the app failing, not a wrong bill", () => {
    const assessment = assess(
      "@Rheinwerk ihr seid sooo f*cking inkomp*tent. 'Rheinwerk Zuhause' zeigt seit dem Update 4.2 nur noch nen weißen Bildschirm. Android 14, Pixel 7. Zählerstand muss bis Freitag rein. Toll gemacht 🙄",
      "rheinwerk",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("never says back a modal cut before its verb ('kann das Abo nicht')", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv alter. 'Mein Abo' lädt sich einfach tot, ich kann das Abo nicht pausieren und morgen wird wieder geröstet und abgebucht. Was ein Scheiß ey",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/kann das Abo nicht|Abrechnung/u);
  });
});

describe("praise in a few words", () => {
  it.each([
    ["rheinwerk", "10/10 for the WP 9 👌❄️🏠", /WP 9/u],
    ["kaffeekollektiv", "@kaffeekollektiv Holiday Blend >>> 🎄☕", /Blend/u],
  ] as const)("thanks %s", (company, text, named) => {
    const { first } = goldenAnswer(company, text, "x");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("never thanks a low rating", () => {
    expect(assess("Lieferung 0/10, Kaffee 10/10 lol").tone).not.toBe("positive");
  });
});

describe("open questions answered with what they said", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Hallöchen! Wir sind am Samstag, 14. Juni, mit 12 Personen (Junggesellinnenabschied 👰‍♀️🥂) in Hamburg unterwegs und würden gern so gegen 10 bei euch in Ottensen frühstücken. Kann man bei euch reservieren oder müssen wir auf gut Glück kommen? 12 Mädels sind halt nicht wenig 😅",
      ["12 Personen", "14. Juni", "Ottensen"],
    ],
    [
      "kaffeekollektiv",
      "We're hosting a product launch for about 60 guests in Kreuzberg on 18 September. Do you cater specialty coffee for events like this – a mobile espresso bar, or at least pump pots of filter? Happy to pay for a barista on site.",
      ["60 guests", "18 September", "Kreuzberg"],
    ],
    [
      "rheinwerk",
      "We run a small bakery in Leverkusen with three electric ovens going from 3 am. There's about 420 m² of flat roof doing absolutely nothing. Do you size commercial PV plus battery for a business like ours, and roughly how long does it take to get a survey booked?",
      ["420 m²"],
    ],
  ] as const)("names the head count, the day, the area and the branch: %s", (company, text, named) => {
    const { first } = goldenAnswer(company, text, "facebook");
    expect(first?.strategy).toBe("holding-reply");
    for (const detail of named) expect(first?.text).toContain(detail);
    expect(first?.text ?? "").not.toMatch(/Glück|Personen und|Thema Personen/u);
  });

  it("says a head count in the nominative ('25 Leute', not '25 Leuten')", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hallo! Wir wollen am 14. Juni mit 25 Leuten zum Frühstück nach Kreuzberg kommen. Geht das als Gruppe?",
      "facebook",
    );
    expect(first?.text).toContain("25 Leute");
    expect(first?.text ?? "").not.toMatch(/Leuten/u);
  });
});

describe("saved answers for questions asked in other words", () => {
  it.each([
    [
      "rheinwerk",
      "Wir wollen die alte Ölheizung (Bj. 1994) endlich rauswerfen und eine WP von euch rein. Schießt der Staat da noch was dazu, oder ist das inzwischen alles gestrichen? Und helft ihr beim Papierkram, ich hab keinen Nerv für Behördenformulare 😅",
      /Förderung/u,
    ],
    [
      "rheinwerk",
      "Ehrliche Frage, ohne Polemik: Unser Elternhaus in der Eifel, Baujahr 1958, im Januar nachts regelmäßig −15 Grad. Hält eine Luft-Wasser-Anlage da wirklich die Räume warm, oder sitzen wir dann im Pullover im Wohnzimmer?",
      /−20 °C/u,
    ],
    [
      "rheinwerk",
      "@Rheinwerk genuine q: will an air source unit keep a 1930s solid-brick terrace warm when it's minus 15 outside? everyone on here says no lol",
      /−20 °C/u,
    ],
    [
      "kaffeekollektiv",
      "Meine Schwester ist total verliebt in euren Laden in Kreuzberg. Kann man ihr irgendwie einfach einen Betrag schenken, den sie bei euch ausgeben kann? Geburtstag ist Freitag 🎁",
      /Gutscheine/u,
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv wir sind 3 wochen in portugal 🇵🇹 und ich will nicht dass die bohnen vor der tür vergammeln. kann ich die regelmäßige bohnenpost mal auf eis legen ohne gleich alles zu canceln?",
      /pausieren/u,
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv how much would it be to post 1kg of beans to Lyon and how long does it take? it's for my sister's bday on the 28th 🎁",
      /EU/u,
    ],
  ] as const)("offers the saved answer first: %s", (company, text, answer) => {
    const { first } = goldenAnswer(company, text, "facebook");
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(answer);
  });

  it("never offers the opening hours for 'so lange auf Eis legen'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir fliegen ab 20. Juli für 4 Wochen nach Portugal 🌞 Kann ich die monatliche Kaffeelieferung so lange auf Eis legen, ohne dass ich alles komplett beenden und hinterher neu abschließen muss?",
      "facebook",
    );
    expect(first?.text ?? "").not.toMatch(/7:30|geöffnet/u);
    expect(first?.text).toMatch(/Abo/u);
  });
});

describe("what a question is, and whose case it is", () => {
  it("reads a breakdown feared in a question's condition as a question, not criticism", () => {
    const assessment = assess(
      "Quick one – who do I ring if the unit in the basement just stops at 2am on a Sunday in January? Expat here, my German is not good enough for a phone call with a technician 😬",
      "rheinwerk",
    );
    expect(assessment.tone).toBe("question");
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("answers others' waits argued with as criticism, never as the writer's own case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your ads keep saying 'heat pump installed in a few weeks'. Everyone I know who ordered one in this region waited the best part of half a year. Maybe stop overpromising?",
      "facebook",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/order number|having trouble/u);
  });

  it("reads a thinking face beside a question as puzzlement: a correction is checked, not 'taken seriously'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv im Post steht „versandkostenfrei ab 25 €“, im Shop aber ab 29 €. Was stimmt? 🤔",
      "x",
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("reads a delivery that did not come, told verb-last, as a case", () => {
    const assessment = assess(
      "Ihr seid eigentlich top, aber bin ich die Einzige, bei der die Abo-Lieferung letzte Woche einfach nicht kam? Sonst immer pünktlich mittwochs da 🤔",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
  });

  it("names a fault code written with a space and never says a heating that is cold for an hour is gone", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hallo Rheinwerk, unsere WP 9 ist seit dem 3. Februar eingebaut und seitdem zeigt das Display fast jeden Morgen den Fehler E 41, dann ist die Heizung für ne Stunde kalt. Ich hab das schon zweimal über die App gemeldet, passiert ist nix. Auftragsnummer RW-24-18834. Wie geht's jetzt weiter?",
      "facebook",
    );
    expect(first?.text).toMatch(/E 41/u);
    expect(first?.text ?? "").not.toMatch(/keine Heizung|seit dem 3\. Februar|App-Version/u);
  });

  it("helps with a reading billed wrongly beside the insult", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihr seid ein Haufen Vollidioten und Betrüger!!! Ich hab 48213 als Zählerstand gemeldet, auf der Jahresabrechnung stehen 52213. Viertausend kWh zu viel, ihr Verbrecher.",
      "facebook",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Abrechnung/u);
  });
});

describe("batches 132 and 133: what a lead would never post", () => {
  it("never condoles a gas heater that 'finally died'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Quick one – do you also do heat pumps for swimming pools? We've got a 32 m³ outdoor pool in Bergisch Gladbach and the old gas heater finally died 🙃",
      "facebook",
    );
    expect(first?.text ?? "").not.toMatch(/loss/u);
  });

  it("reads a visit feared shut ('nicht dass ich … vor verschlossener Tür steh') as a question about the hours", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "bin am samstag in hamburg und will endlich mal zu euch nach ottensen. bis wann kann ich da aufschlagen? nicht dass ich um 5 vor verschlossener tür steh 😅",
      "facebook",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).toMatch(/7:30/u);
  });

  it("never invents a wait on the line someone only fears", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Mal ne Frage: Wir haben jetzt Solarzellen aufm Dach und brauchen viel weniger Strom aus dem Netz. Trotzdem gehen jeden Monat 142 Euro bei Ihnen ab. Kann man die monatliche Rate irgendwie selbst runtersetzen oder muss ich da extra anrufen und ewig in der Warteschleife hängen?",
      "facebook",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").not.toMatch(/Warteschleife gewartet|warten mussten/u);
  });

  it("answers a question with a wish for a quick answer as a question, not as an idea for the team", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kann man bei euch ne Wallbox zusammen mit der PV-Anlage bestellen? Und lädt die dann mit dem Solarstrom vom Dach? Haben nen E-Golf, Carport, Haus in Hürth. Wär super wenn schnell ne Antwort kommt, wir wollen nächste Woche entscheiden.",
      "facebook",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/Anregung|Kritik/u);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Was sagt ihr eigentlich zur Wahl? Die Parteien können doch alle nix, wird echt Zeit dass da mal einer aufräumt in Berlin.",
    ],
    [
      "rheinwerk",
      "@Rheinwerk weiß einer ob die A1 bei Leverkusen am WE wieder dicht ist?? steh schon wieder im Stau 😩😩",
    ],
  ] as const)("needs no reply: %s", (company, text) => {
    expect(goldenAnswer(company, text, "facebook").first?.strategy).toBe("no-reply-needed");
  });

  it("reads fewer and other goods than ordered as the case, not as a question for the grind's saved answer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hab vorgestern im shop bestellt, 3x Kreuzberg Blend espresso, angekommen ist EIN paket und das auch noch gemahlen statt ganze bohnen 🙄 hab nen siebträger, was mach ich jetzt damit?? und wo sind die anderen zwei",
      "facebook",
    );
    expect(first?.strategy).toBe("case-question");
  });

  it("thanks praise of a service in four words rather than answering with its facts", () => {
    expect(goldenAnswer("rheinwerk", "@Rheinwerk Förderservice 10/10, Antrag durch 🙌", "x").first?.strategy).toBe(
      "thank-specifically",
    );
  });
});

describe("a fear reaches only as far as its clause", () => {
  it("keeps the case told after a comma: 'Ich will nicht mehr warten, seit 3 Wochen keine Lieferung'", () => {
    expect(assess("Ich will nicht mehr warten, seit 3 Wochen keine Lieferung.").intent.complaint).toBeDefined();
  });
});
