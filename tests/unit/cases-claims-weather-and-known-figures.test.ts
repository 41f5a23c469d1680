import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (tenth session), round 1 of fresh batches (219–222), each answered wrongly before: the
 * weather and a troll's sum read as cases, a claim checked with "Stimmt das??" read as a failure, criticism with no
 * word of complaint only acknowledged, a saved answer offered to someone who quotes its own figures back, a story of a
 * parcel or a drink gone wrong missed, sarcasm thanked, and praise said of the wrong thing.
 */

describe("the world's matter, a troll's sum and a claim checked are no case", () => {
  it("leaves the weather alone, however broken it is said to be", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "anyone else think its wild that it's 19 degrees in February?? weather's completely broken lol",
      "x",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("reads a laugh at the world's matter as off the page, not as a troll of ours", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "who else thinks the new tram fares are a scam. 3.80 for a single ride lmao",
      "x",
    );
    expect(assessment.role).not.toBe("troll");
    expect(["no-reply-needed", "do-not-reply"]).toContain(first?.strategy);
  });

  it("does not take up '20k' as a case number", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "heat pumps are literally just fridges running backwards and u lot charge 20k for them lmao 🤡",
      "x",
    );
    expect(first?.strategy).not.toMatch(/^case/u);
    expect(first?.text ?? "").not.toContain("20k");
  });

  it("answers a neighbour's claim asked about with the company's own fact", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir haben ein Haus Baujahr 1968, die Ölheizung ist 27 Jahre alt und muss raus. Der Nachbar sagt ne Wärmepumpe bringt im Altbau nix wenns draußen richtig kalt wird, bei uns in der Eifel hatten wir im Januar schon -15 Grad. Stimmt das?? Ich will nicht zwanzigtausend Euro ausgeben und dann im Wohnzimmer frieren.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toContain("Heizlast");
  });
});

describe("criticism with no word of complaint is taken seriously", () => {
  it.each([
    [
      "rheinwerk",
      "Als Gewerbekunde muss ich sagen: Die Preisanpassung zum 1. März kam mit vier Wochen Vorlauf und ohne nachvollziehbare Begründung. Für einen kleinen Metallbaubetrieb wie unseren ist das kaum planbar. Da erwarte ich von einem regionalen Versorger mehr Transparenz.",
    ],
    [
      "rheinwerk",
      "Rheinwerk wirbt mit 'regional & grün' und auf dem Betriebshof in Porz stehen nur Diesel-Transporter. Wie glaubwürdig ist das denn bitte",
    ],
    [
      "rheinwerk",
      "The Rheinwerk app update buried meter readings three menus deep. Whoever signed that off has never had to submit a reading at 11pm on the last day",
    ],
    [
      "kaffeekollektiv",
      "das neue plakat von @kaffeekollektiv an der U8 'Schlaf ist was für Leute ohne Kaffee' finde ich echt unangenehm. arbeite in der pflege, 3 nachtdienste am stück, sowas ist halt nicht witzig",
    ],
    [
      "kaffeekollektiv",
      "Not sure what you changed with the house blend but it's way more bitter now. Used to be my go-to, now I'm drowning it in milk. Bring back the old one pls",
    ],
    [
      "kaffeekollektiv",
      "Warum gibts in Ottensen eigentlich immer noch nur Einwegbecher für to go? Hab letztens meinen eigenen Becher mitgebracht und wurde angeguckt als wär ich vom Mond. Passt halt null zu dem ganzen Nachhaltigkeitsgerede auf eurer Seite.",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Bestellnummer|Bestellung|order number/u);
  });
});

describe("a saved answer is not offered to someone who quotes its figures back", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Why is shipping to the UK £9.50 when it's €8.90 everywhere else in Europe and free over €59?? I'd order every month but that price kills it for a single 250g bag.",
    ],
    [
      "rheinwerk",
      "Mal ne ehrliche Frage: Warum dauert es bei euch 8 bis 12 Wochen vom Termin bis zum Einbau? Im Fernsehen heißt es „schnell und unkompliziert zur Wärmepumpe“. Für mich ist schnell was anderes. Überleg grad ob ich überhaupt bei euch anfrage.",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it("does not answer the price of a cappuccino with the shipping costs", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Wieso muss ein Cappuccino 4,60 kosten?? Das ist doch Wucher");
    expect(first?.text ?? "").not.toContain("Versand");
  });
});

describe("a case told as a story is taken up", () => {
  it("asks for the order number of a parcel stuck in tracking, ordered in the online shop", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hey, ich hab letzten Mittwoch bei euch im Shop bestellt (2 Tüten Decaf und ne Handmühle). Versandbestätigung kam am Freitag, aber seitdem steht in der Sendungsverfolgung nur „Sendung angekündigt“. Hab mich extra beeilt weil meine Schwester am Samstag Geburtstag hat 😬 Was soll ich jetzt machen?",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").toContain("Bestellnummer");
    expect(first?.text ?? "").not.toMatch(/\bWas\b/u);
  });

  it("reads a delivery that never came as a delivery, not a login, when a contact has gone quiet", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "A bit of public feedback since our account contact has gone quiet. Our studio in Berlin (22 people) has a 3 kg monthly office subscription with Kaffeekollektiv, subscription ID SUB-6120. The October delivery never came, the November one arrived 10 days late, and nobody has explained either. Who can actually help?",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.text ?? "").not.toMatch(/log in|app version/u);
  });

  it("reads a reading the app will not take as the app's fault, not the bill's", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Bei uns wurde am 9. der Stromzähler getauscht. Seitdem kann ich in der App keinen Zählerstand mehr eingeben, da kommt immer „Zähler nicht gefunden“. Kundennummer ist 38840261. Was muss ich jetzt machen??",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("asks which café served cow's milk to someone who said oat twice", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "war grad bei euch im café, hab extra 2x gesagt hafer weil ich laktoseintolerant bin. trotzdem kuhmilch bekommen. merk ich jetzt schon. super 🙃",
    );
    // Sarcasm said as such ("super 🙃"): the criticism heard, then the one question, in the same reply.
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").toContain("Kuhmilch statt Hafer");
    expect(first?.text ?? "").toContain("Filiale");
  });

  it("says back what came, without the 'aber' before it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "War gestern bei euch im Café und hab extra mit Hafermilch bestellt, bekommen hab ich aber Kuhmilch. Ich bin laktoseintolerant und lag den halben Abend flach. Passt bitte besser auf!!",
    );
    expect(first?.text ?? "").toContain("Kuhmilch statt Hafermilch");
    expect(first?.text ?? "").not.toContain("aber Kuhmilch");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Seriously what is wrong with you people. Order 90233, paid extra for express, showed up after NINE days. Pathetic.",
    ],
    [
      "rheinwerk",
      "Absolutely pathetic @Rheinwerk. Direct debit taken TWICE this month, €118 each, customer no 27705192. Rang Friday, was told 'it'll sort itself out'. It hasn't. Do you lot even check anything??",
    ],
  ])("sets a boundary beside the help: %s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("sarcasm is not thanked, and praise is thanked for the right thing", () => {
  it.each([
    "Danke @kaffeekollektiv dass mein Flat White jetzt 5,20 kostet. Mein Konto und ich sind sehr gerührt 🥲",
    'Love that a self-described "neighborhood roaster" posts about community every single week and then skips the Kreuzberg street festival entirely. Very neighborly.',
  ])("%s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/self-described/u);
  });

  it("reads a parcel put right and praised as praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "kurzes lob an @kaffeekollektiv: tüte guji kam aufgeplatzt an, halbe bohnen im karton verteilt. DM geschrieben, am nächsten tag war ersatz unterwegs, ohne rumdiskutieren. so gehts 👌",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("thanks the technician named between commas, not the part that failed", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Credit where it's due: the inverter on our warehouse PV system in Frechen failed last Tuesday. Rheinwerk's technician, Oskar Wendt, diagnosed it on site and had a replacement running by Thursday. Minimal downtime and clear communication throughout. Thank you.",
      "linkedin",
    );
    expect(first?.text ?? "").toContain("Oskar Wendt");
    expect(first?.text ?? "").not.toMatch(/enjoying our inverter/u);
  });

  it("never thanks for the writer's pregnancy or their mood", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "I've tried like every decaf out there during my pregnancy and yours is the first one that doesn't taste like wet cardboard. Thank you from a very grumpy caffeine-deprived mom ☕❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/pregnancy|grumpy/u);
  });
});
