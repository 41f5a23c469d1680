import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { DEFAULT_GUIDELINES } from "../../src/shared/guidelines";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * Round twenty-eight (batches 623–630, 2026-12-07), tested in wordings of our own: a planet on fire answered as a
 * fire in the shop, a scam said of the company answered as a phishing warning, a café door locked read as a login,
 * a subscription's term read as a wait, thanks after a bad day read as sarcasm, questions asked without their mark
 * read along or thanked, a tip to another reader answered by us, and cases missed or told back wrong.
 */

describe("nothing invented", () => {
  it("the world on fire is no fire at our place", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "paying five euros for a latte while the planet's literally on fire 🔥 what a time to be alive",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(first?.text ?? "").not.toMatch(/fire|safety/iu);
  });

  it("a scam said of the company is no message to warn about", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "You lot never answer an email and sell pensioners these overpriced heat pump scams. Disgraceful.",
    );
    expect(first?.strategy).not.toBe("warn-of-scam");
    expect(first?.text ?? "").not.toMatch(/link|payment details/iu);
  });

  it("a text that came in our name is still a scam to warn about", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Got a text saying it's from Rheinwerk, my meter is blocked unless I pay now. Is this a scam?",
    );
    expect(first?.strategy).toBe("warn-of-scam");
  });

  it("a café door locked before closing time is no login, and is said back as the branch closed", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Leipzig says open until 7 but the door was locked at half six, chairs already on the tables. Came across town for nothing.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("login");
    expect(first?.text ?? "").toMatch(/branch closed/u);
    expect(first?.text ?? "").not.toMatch(/log in|app version/u);
  });

  it("a sarcastic locked door is taken seriously, not only read along", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "found a locked door at 8 again, the sign says 7:30. love it 🙃");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").toMatch(/closed/u);
  });

  it("a subscription's term is no wait", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Sent my brother a 6 month subscription (order KK-77120) to Vienna on Feb 2, tracking has said 'in transit' for 10 days.",
    );
    expect(first?.text ?? "").not.toMatch(/6 month(?!\s+subscription)|waiting 6/u);
  });

  it("someone close who refuses is not us refusing", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "my wife moves to Glasgow in spring and flat out refuses to give up your house blend. can we order it to a Scottish address?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("a card lost in one's own move is no fault of ours", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Die Ablesekarte ist beim Umzug verloren gegangen. Wie gebe ich den Zählerstand jetzt ohne Karte durch?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("a sneer at the bills we write is no bill of theirs", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Beim Anschluss der Wallbox hat euer Monteur mir die Dachrinne verbogen. Zwei Mails, keine Antwort. Lernt man bei euch auch was, oder nur Rechnungen schreiben?",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("billing");
    expect(first?.text ?? "").toMatch(/Dachrinne beschädigt/u);
    expect(first?.text ?? "").not.toMatch(/Abrechnung/u);
  });

  it("a price asked for is no bill, however many words stand before it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Our contract for the workshop ends in June. Do you offer a 36-month fixed price for small firms, and how early do we have to sign so nothing lapses? Wrote to sales in March, still waiting.",
    );
    expect(first?.text ?? "").not.toMatch(/bill/u);
  });

  it("'nobody could tell me' is an answer not had, not a fault in the beans", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Im Café Ottensen konnte mir keiner sagen, von welcher Farm der Espresso kommt. Komisch für eure Transparenz-Kampagne.",
    );
    expect(first?.text ?? "").not.toMatch(/Probleme mit/u);
  });

  it("the verb 'plan' is no plan of theirs", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Solar install date moved three times now and the latest is 'sometime in autumn'. I run a shop, I cannot plan around this.",
    );
    expect(first?.text ?? "").not.toMatch(/your plan/u);
    expect(first?.text ?? "").toMatch(/moved several times/u);
  });
});

describe("thanks that tell a bad day", () => {
  it("credit to someone by name after a cancelled flight is praise, not a travel case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout to Jonas at your Kreuzberg café: my flight got cancelled, I showed up wrecked at 7 and he made me a flat white, charged my phone and found me a bus. Best ten minutes of an awful day ☕",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("an apology and thanks for a barista who put a cold coffee right is thanked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Muss mich hier mal entschuldigen und bedanken. War letzte Woche in Ottensen echt pampig, weil mein Cappuccino kalt war (blöder Tag). Barista Lena hat mir ohne Murren einen neuen gemacht. Klasse Frau.",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Lena/u);
  });
});

describe("questions without their mark", () => {
  it.each([
    [
      "rheinwerk",
      "hab seit april ne kleine solaranlage auf der garage muss ich das bei euch extra melden oder reicht das register",
    ],
    [
      "rheinwerk",
      "We run a small print shop in Bonn. Something we never found out from your website is whether you also do storage for businesses",
    ],
    ["kaffeekollektiv", "in leipzig next saturday, idk if you guys even open that early"],
    [
      "kaffeekollektiv",
      "wir sind zu zwölft und würden gern bei euch frühstücken, kann man da was reservieren oder geht das gar nicht",
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv wie ist denn euer entkoffeinierter eigentlich entkoffeiniert, mit co2 oder mit lösungsmittel, steht nirgends im shop und ich trinke in der schwangerschaft nur noch den",
    ],
  ] as const)("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.tone).not.toBe("positive");
    expect(assessment.replyNeeded).toBe(true);
    expect(first?.strategy).not.toMatch(/^(?:acknowledge|thank-specifically|take-seriously)$/u);
  });

  it("who to ring, asked at the end of a sentence, is asked", () => {
    const text =
      "New in Bonn, the landlord says the heat pump is yours. If it stops on a Sunday evening who do I phone?? My German is A1 on a good day 😬";
    expect(savedAnswer("rheinwerk", text)).toMatch(/555 0199/u);
  });

  it("a way asked for with a wink is answered with the saved answer", () => {
    expect(
      savedAnswer(
        "rheinwerk",
        "wohnen jetzt nur noch zu zweit, zahlen aber immer noch 130 € im monat. wie krieg ich das runter ohne ewig in der warteschleife 🙃",
      ),
    ).toMatch(/Abschlag/u);
  });

  it("shipping asked as an address abroad finds the shipping answer", () => {
    expect(
      savedAnswer(
        "kaffeekollektiv",
        "moving to Bristol soon, can I still order beans to a British address and what does it cost?",
      ),
    ).toMatch(/UK/u);
  });
});

describe("who the comment is for", () => {
  it("a tip put to another reader as a question needs no answer from us", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Heike Brandt haben Sie schon mal den Störungsdienst probiert? Bei uns war nach einer Stunde jemand da.",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("'kann das so nicht bestätigen' to another reader is no complaint", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "@Jana Wolff Moin, ich hab zwei Jahre in Kreuzberg hinterm Tresen gestanden und kann das so nicht bestätigen. Schichtplan gab's bei uns immer zwei Wochen vorher.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.intent.addressedTo).toBe("commenter");
  });

  it("prices in the shops at large are the world's, not ours", () => {
    for (const text of [
      "butter is €3 now?? groceries are actually insane, how is anyone supposed to afford anything",
      "Dürre hier, Zölle da, die Welt dreht einfach durch. Bald ist Kaffee Luxus.",
    ]) {
      const { assessment } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.offTopic, text).toBe(true);
    }
  });
});

describe("cases read and told back", () => {
  it("an app that logs you out is a case, said as being logged out", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Super, die neue App 👏 seit dem Update loggt sie mich jeden Abend aus. Aber das Icon ist jetzt grün.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text ?? "").toMatch(/ausgeloggt/u);
  });

  it("a view of the app is no screen of theirs, and a phone typed small is said as spelt", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "your app keeps logging me out on the login screen. galaxy s23, android 14, reinstalled already",
    );
    expect(first?.text ?? "").not.toMatch(/your screen/u);
    expect(first?.text ?? "").toMatch(/Galaxy S23/u);
  });

  it("a subscription that never came is its delivery, on the day named, and a count's window is no wait", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Mein Abo hätte am Freitag kommen sollen, kam nix. Schon das dritte Mal seit Oktober.",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.text ?? "").toMatch(/Abo-Lieferung am Freitag nicht angekommen/u);
    expect(first?.text ?? "").not.toMatch(/seit Oktober/u);
  });

  it("a Berlin 'kam nich' is a subscription that did not come", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "mein abo kam schon wieda nich, zweiter monat. ick will meine bohnen",
    );
    expect(first?.text ?? "").toMatch(/Abo-Lieferung nicht angekommen/u);
  });

  it("whole beans ordered and ground ones got are told as ordered", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hab ganze Bohnen bestellt und gemahlen bekommen. hab nur nen Vollautomaten, und jetzt?",
    );
    expect(first?.text ?? "").toMatch(/ganze Bohnen bestellt, aber gemahlen bekommen/u);
  });

  it("a bag that came ground as well is a case", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Bestellung #50112 vom 3.4., 2x 500 g ganze Bohne. Heute kam EINE Tüte an und die is auch noch gemahlen 🤡 Was nu?",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("an expert's record of work counted in dozens makes an opinion leader", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "With respect, I've audited dozens of retrofits: heat pumps in draughty terraces run on the heating rod all winter and the bill explodes. Your post oversells it.",
    );
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text ?? "").not.toMatch(/explodes/u);
  });

  it("'gemeint sind …, wäre gut, das zu korrigieren' is a correction, with the two figures of one unit", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Schönes Projekt! Aber 1.800 kWp auf einer Turnhalle? Das wären grob 9.000 m² Module. Ich glaube, gemeint sind 180 kWp – wäre gut, das zu korrigieren.",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").toMatch(/1\.800 kWp und 180 kWp/u);
  });

  it("'Is it that hard?' after criticism asks nothing to hold", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Disappointed. Website German only, app German only, every letter German only, and half your customers in Bonn are internationals. Is it really that hard?",
    );
    expect(first?.strategy).not.toBe("holding-reply");
  });
});

describe("sarcasm and criticism, never thanked", () => {
  it.each([
    [
      "kaffeekollektiv",
      "super wie ihr jedes jahr die preise hochschraubt und das dann nachhaltig nennt, da zahlt man doch gleich viel lieber 👏👏",
    ],
    [
      "rheinwerk",
      "Ehrlich gesagt: Sie werben mit Nähe zum Handwerk, aber bei uns im Gewerbepark kennt keiner einen festen Ansprechpartner bei Ihnen. Das ist keine Partnerschaft, das ist Massenabfertigung.",
    ],
    [
      "rheinwerk",
      "Netter Post über Schnelligkeit. Mein Angebot für die Wallbox habe ich im Januar angefragt, seither: Stille. Vier Monate – überstürzen kann man Ihnen wirklich nichts vorwerfen.",
    ],
  ] as const)("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).not.toMatch(/^(?:thank-specifically|thanks-and-engage|acknowledge)$/u);
    expect(first?.text ?? "").not.toMatch(/Lob|zufrieden|freundlichen Worte/u);
  });

  it("a gain paid for by the fitters is criticism, not a comment to read along", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Hab für ne Reportage mit euren Monteuren gesprochen. Zwölf-Stunden-Tage, vier Baustellen am Tag. Energiewende auf dem Rücken der Handwerker.",
    );
    expect(assessment.tone).toBe("critical");
    expect(first?.strategy).not.toBe("acknowledge");
  });
});

describe("asked, and answered as asked", () => {
  it("a question announced for a piece of research is held for its answer, whatever it regrets", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Frage für eine Recherche: Aus welchen Anlagen stammt der Strom in Ihrem Ökotarif, und wer zertifiziert das? Auf Ihrer Website fehlt das leider völlig.",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("'kann ich … oder muss ich …' with rolled eyes still gets the saved answer", () => {
    expect(
      savedAnswer(
        "kaffeekollektiv",
        "Hab ne Stempelkanne geschenkt bekommen. Kann ich den Kaffee bei euch gleich passend gemahlen kriegen oder muss ich mir jetzt auch noch ne Mühle für 80 Euro kaufen 🙄",
      ),
    ).toMatch(/Mahlgrad/u);
  });

  it("a street's name is no fact of a correction, and an article before a decade is no model", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Small correction: the post says the Leipzig café opened in 2018, but I was at the opening on Karl-Heine-Straße and that was 2019.",
    );
    expect(first?.text ?? "").not.toMatch(/Karl|Heine/u);
    const { suggestions } = goldenAnswer(
      "rheinwerk",
      "Building physicist here. A 1960s house with radiators sized for 70°C flow will run at a poor SCOP, and the bill shows it. Your post oversells heat pumps.",
    );
    for (const suggestion of suggestions) expect(suggestion.text).not.toMatch(/\bA 1960s/u);
  });
});

describe("the company's own answers, found in plain words", () => {
  it("no beans sent while away is the subscription paused", () => {
    expect(
      savedAnswer(
        "kaffeekollektiv",
        "Wir fahren im April zwei Wochen nach Kreta. Kann ich irgendwo einstellen, dass in der Zeit keine Bohnen verschickt werden?",
      ),
    ).toMatch(/pausieren/u);
  });

  it("the numbers from the box in the cellar are the meter reading", () => {
    expect(
      savedAnswer(
        "rheinwerk",
        "Ich komme mit der App nicht zurecht. Wie kriege ich die Zahlen von dem Kasten im Keller zu Ihnen, geht das auch ohne Telefon?",
      ),
    ).toMatch(/Zählerstand/u);
  });

  it("roasting done differently in summer is no question of when we roast", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Im August kam mein Paket bei 33 Grad ganz warm an. Röstet ihr im Sommer anders oder verpackt ihr dann anders?",
    );
    expect(first?.text ?? "").not.toMatch(/dienstags und freitags/u);
  });
});

describe("what they told, said back", () => {
  it("an estimate after a reading was sent is the reading estimated", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Zählerstand im Januar gemeldet, mit Foto, und jetzt kommt ne Schätzung über 5.100 kWh. Zählernummer 1ESY 2231 8890 12.",
    );
    expect(first?.text ?? "").toMatch(/Zählerstand geschätzt wurde/u);
  });

  it("an apprentice and a crew's lead are thanked by name", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Danke an Herrn Kaya und seinen Azubi Finn, die bei uns in Hürth die Solaranlage montiert haben. Alles sauber, alles erklärt. Top!",
    );
    expect(first?.text ?? "").toMatch(/Finn/u);
    const crew = goldenAnswer(
      "kaffeekollektiv",
      "Had our team breakfast at your Leipzig café, 18 people and a very late train. Mira and crew handled it like pros, the pour-overs were the highlight.",
    );
    expect(crew.first?.text ?? "").toMatch(/Mira/u);
  });
});

describe("real comments of the training part, read with the CLI (seeds 1215–1217)", () => {
  it("a link to one's own suspended channel is the case, not spam", () => {
    const assessment = assessComment(
      snapshotOf(
        "@TeamTube Hello dear support, my channel has been suspended for months, I wrote an e-mail and got no answer. channel link: https://www.example.com/channel/abc123",
      ),
      DEFAULT_GUIDELINES,
    );
    expect(assessment.violations.map((v) => v.kind)).not.toContain("spam");
    expect(assessment.verdict).toBe("keep");
  });

  it("money taken out of them is a bill of theirs, and a channel terminated wrongfully is a case", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Second time you guys have gotten money out of me, €64 this time. about done with y'all",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    const { assessment: terminated } = goldenAnswer(
      "rheinwerk",
      "My customer account was wrongfully terminated. Filled in the form but nothing happened. Any way to get this fixed?",
    );
    expect(terminated.intent.complaint).toBeDefined();
  });

  it("what would happen is no failure told", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Can I leave a shared folder in the portal? My storage is full and if I would just delete the folder, the files would be deleted for all users. How can I leave it?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("a jab at others that says nothing to us is left alone, even when it is reviewed", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich glaube an Einhörner mit 5 Beinen. Jeder der behauptet es gibt sie nicht sollte dies bitte Beweisen. #Religioten",
    );
    expect(assessment.verdict).toBe("review");
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("'yall' is no topic", () => {
    const { suggestions } = goldenAnswer(
      "kaffeekollektiv",
      "any chance yall could stock the decaf in the Leipzig café too? asking for my pregnant sister",
    );
    for (const suggestion of suggestions) expect(suggestion.text).not.toMatch(/yall/u);
  });
});

describe("round twenty-nine (batches 631–638): sarcasm that had no fact, and the world's trains", () => {
  it.each([
    [
      "rheinwerk",
      "Großes Kompliment an eure Planung 👏👏 Wallbox-Montage für Montag zugesagt, Sonntagabend per SMS abgesagt. Da weiß man wenigstens, was man hat.",
    ],
    ["rheinwerk", "Wunderbar 👏 Ihr postet Sonnenblumen und mein Grundpreis steigt zum 1.5. um 30 %. Chapeau."],
    [
      "kaffeekollektiv",
      "Cappu jetzt 4,40 statt 3,90. Echt stark 👏 Ich wollt eh schon immer euren neuen Röster mitfinanzieren.",
    ],
    ["kaffeekollektiv", "„Antwort in 24 Stunden“ schreibt ihr. Bei euch sind 24 Stunden wohl eher 24 Tage 🤡"],
    [
      "rheinwerk",
      "Riesenlob an die Hotline 👏 „Wir rufen morgen zurück“ hieß es am 3. März. Ich sitz seitdem neben dem Telefon.",
    ],
    ["rheinwerk", "My meter swap has been 'pending' since March. Bit of a slow burner, this one 👏"],
    [
      "rheinwerk",
      "Your new ad: sunny meadow, happy dog, solar roof. Me in a rented flat with a 1990s gas boiler. Peak marketing.",
    ],
    ["rheinwerk", "Netter Recruiting-Post. Wertschätzung fängt bei machbaren Touren an, nicht bei Fotos mit Helm."],
  ] as const)("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).not.toMatch(/^(?:thank-specifically|thanks-and-engage|holding-reply|acknowledge)$/u);
    expect(first?.text ?? "").not.toMatch(/Lob|zufrieden|freundlichen Worte|kind words|Kompliment/u);
  });

  it("a call-back promised and never made is a wait for an answer", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Am 3. März hieß es, wir rufen Sie morgen zurück. Ich sitz seitdem neben dem Telefon.",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
  });

  it("a word of scorn is no topic", () => {
    const { suggestions } = goldenAnswer(
      "kaffeekollektiv",
      "Antwort binnen 48 Stunden, ja klar 🤡 Hauptsache die Reels sind schön gefiltert, ihr Selbstdarsteller",
    );
    for (const suggestion of suggestions) expect(suggestion.text).not.toMatch(/Selbstdarsteller/u);
  });

  it("a public line's trouble beside politics is the world's, and so is a country shutting plants", () => {
    for (const text of [
      "Ihr wartet alle auf eure Pakete? Ich warte seit Jahren auf die versprochene S-Bahn. Versprechen können die im Rathaus. Wählt endlich anders.",
      "Die in Berlin sollen in die Schiene investieren statt Diäten zu erhöhen. Seit zwei Wochen fällt der RE 7 morgens aus.",
      "Not about you really, but why is Germany shutting down its nuclear plants and then buying French power at night??",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.offTopic, text).toBe(true);
      expect(first?.strategy, text).toBe("no-reply-needed");
    }
  });

  it.each([
    ["rheinwerk", "wenn ich im märz unterschreib wie viele wochen dauert das bis die wp drin ist", /8 bis 12 Wochen/u],
    [
      "kaffeekollektiv",
      "wohn in linz, schickt ihr sowas eigentlich auch nach österreich und was kostet das",
      /Österreich/u,
    ],
    ["kaffeekollektiv", "bin im mai 2 wochen weg, wie stopp ich das abo so lange ohne zu kündigen", /pausieren/u],
    [
      "kaffeekollektiv",
      "Wir fliegen im Juli nach Kanada. Wie krieg ich hin, dass da keine Päckchen vor der Tür vergammeln?",
      /pausieren/u,
    ],
  ] as const)("%s: %s", (company, text, answer) => {
    expect(savedAnswer(company, text)).toMatch(answer);
  });
});
