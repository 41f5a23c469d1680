import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (tenth session), round 2 of fresh batches (223–226), each answered wrongly before: a
 * tagged reader's surname read as a death wish, idioms and similes read as faults ("pfeift aus dem letzten Loch",
 * "zuverlässig wie die Bahn", "läuft auch ohne euren Strom"), praise with no praise word or with amazement ("for
 * real??") not thanked, sarcasm that promises what never came thanked, questions asked without a mark or with a
 * laugh left unanswered, small talk in dialect thanked, and an allergy case, a cracked dripper and a spam pitch missed.
 */

describe("a reader's name, an idiom and a simile are no violation and no fault", () => {
  it("never reads the surname of a tagged reader as a threat", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@Ines Hoppe die ham doch hafermilch ohne aufpreis, hab ich letzte woche erst in der südvorstadt getrunken, musst nur sagen",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.violations).toEqual([]);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still reads an insult after a tagged reader's name", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "@Ines Hoppe die, du Miststück");
    expect(assessment.verdict).toBe("may-delete");
  });

  it("answers the wait for the installation, not an old boiler 'aus dem letzten Loch'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Vor-Ort-Termin war heute, euer Techniker war echt nett 👍 jetzt sitz ich hier und frag mich wie lang das bis zum einbau noch dauert, die alte gastherme pfeift aus dem letzten loch 😅",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });

  it("reads 'zuverlässig wie die Bahn' as a simile, not a journey", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Einbautermin für die Wärmepumpe zum 3. mal verschoben. Ihr seid echt zuverlässig wie die Bahn 😂🚆",
    );
    expect(first?.text ?? "").not.toMatch(/Reise|Buchungsnummer/u);
  });

  it("leaves a taunt alone whose stove runs 'auch ohne euren Strom'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wärmepumpe 😂😂 viel Spaß beim Frieren im Januar ihr Ökos. Ich bleib bei meinem Holzofen, der läuft auch ohne euren Strom",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("reads an argument about 'Leute mit kaputter Gasheizung' as an argument", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Als Energieberater sag ich's mal deutlich: Förderung hin oder her, 8 bis 12 Wochen Wartezeit auf den Einbau sind für Leute mit kaputter Gasheizung keine Option. Wer Wärmepumpen verkauft, muss eine Übergangslösung mitdenken, sonst landet jeder Notfall doch wieder bei der neuen Gastherme.",
      "linkedin",
    );
    expect(first?.strategy).toBe("engage-argument");
  });
});

describe("praise is thanked, whatever words it uses", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Ein riesen Dankeschön an Kemal aus Ottensen ☕🙏 Er hat mir gestern bestimmt 10 Minuten lang erklärt wie ich meine Herdkanne richtig benutze – heute morgen zum ersten Mal kein bitterer Kaffee!! 😍",
      /Kemal/u,
    ],
    [
      "kaffeekollektiv",
      "the Kenya Nyeri at your Hamburg spot is unreal. blackcurrant notes for real?? ordering a bag tonight",
      /Kenya Nyeri/u,
    ],
    [
      "kaffeekollektiv",
      "ok the oat flat white at your kreuzberg spot is unreal. and no extra charge for oat?? you just gained a regular",
      /oat flat white/u,
    ],
    [
      "kaffeekollektiv",
      "Just want to say: my first bag arrived with a torn valve and smelled kinda stale. Sent ONE message and two days later a fresh bag of Brasil Cerrado was at my door. No arguing, no forms. That's how it's done!!",
      /Brasil Cerrado/u,
    ],
    [
      "rheinwerk",
      "Our solar panels in Hürth went live on Friday. Crew of three, done in a day and a half, left the garden tidier than they found it. Already 11 kWh on a grey Saturday 😎 Cheers Rheinwerk",
      /Hürth/u,
    ],
    [
      "rheinwerk",
      "Kurzes, ehrliches Feedback: Nach dem Ausfall des Wechselrichters unserer PV-Anlage (Schreinerei in Leverkusen) war Ihr Techniker innerhalb von zwei Tagen vor Ort und hat das Gerät getauscht. Seitdem läuft alles wieder einwandfrei. So stellt man sich Service vor.",
      /Techniker/u,
    ],
  ])("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(named);
    expect(first?.text ?? "").not.toMatch(/Ausfall|damaged|Probleme/u);
  });

  it("still hears a price asked about in disbelief beside praise", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "€18.50 for 250g now?? love your Ethiopia roast but it's turning into a luxury item tbh",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
  });
});

describe("sarcasm that sets a promise against what came is taken seriously", () => {
  it.each([
    [
      "rheinwerk",
      "love how the ad says 'whisper quiet' 🙃 my new Rheinwerk heat pump sounds like a hairdryer at 2am. super relaxing, cheers lads",
    ],
    [
      "rheinwerk",
      "Brilliant. Three emails about my heat pump service visit, all in German, even though I ticked English when I signed up. Really appreciate the free language lessons.",
    ],
    [
      "kaffeekollektiv",
      "Oh wie schön, das Abo kommt jetzt in nem Karton der dreimal so groß ist wie die Tüte 😍🌍 Nachhaltigkeit first gell?",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/kind words|danke, dass/iu);
  });
});

describe("a question is answered, however it is asked", () => {
  it.each([
    [
      "rheinwerk",
      "Hab mir gestern n neues Handy geholt und natürlich weiß ich das passwort für eure App nicht mehr 🙈 meine Frau meint ich soll einfach hier fragen statt wieder ewig in der Warteschleife zu hängen. wie krieg ich das zurückgesetzt",
      /Passwort vergessen/u,
    ],
    [
      "kaffeekollektiv",
      "servus, bin über ne freundin auf euch gestoßen, sie schwört auf euren espresso. wohn aber in graz… schickt ihr überhaupt zu uns bzw was kostet das",
      /Österreich/u,
    ],
    [
      "kaffeekollektiv",
      "hab zu weihnachten so ne french press geschenkt bekommen aber keine mühle 😬 geht das bei euch dass ihr das schon passend mahlt oder muss ich mir jetzt auch noch ne mühle kaufen",
      /Mahlgrad/u,
    ],
    [
      "kaffeekollektiv",
      "flying into hamburg on easter monday, landing around 8am. any chance the ottensen café is open that early on a holiday or am i out of luck",
      /public holidays/u,
    ],
  ])("offers the saved answer: %s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toMatch(said);
  });

  it("holds a real question asked with a laugh, never leaves it alone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hi! Are your coffee bags compostable or do they go in the plastic bin? Couldn't find anything on the packaging and my flatmates have been arguing about it for a week 😂",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/compostable/u);
  });
});

describe("small talk, a pitch and a case told plainly", () => {
  it.each([
    [
      "rheinwerk",
      "Wat e Wedder hück in Kölle 🌧️🌧️ dreimol nass jewoode om Wääch noh de Arbeit. Allen trotzdem en schöne Woch!",
    ],
    [
      "kaffeekollektiv",
      "endlich wieder 20 grad in hamburg, halb ottensen sitzt draußen in der sonne ☀️ frühling ich liebe dich",
    ],
  ])("needs no reply to the weather: %s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still answers a broken heat pump in the frost", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk WP 12 seit gestern abend aus, Fehlercode E41, draußen -9 Grad und die Bude kühlt aus. Kundennr 40077215. Wer hilft da mal??",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("reads a growth coach's pitch as spam", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Starker Beitrag! 🚀 Übrigens: Ich helfe Gastro-Unternehmern, in 90 Tagen ihren Umsatz zu verdoppeln. Kostenloses Erstgespräch unter www.umsatz-turbo.example 👉 Schreibt mir!",
    );
    expect(assessment.violations.map((violation) => violation.kind)).toContain("spam");
  });

  it("takes up an allergen served as 'nut free' as a safety case", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Visited one of your cafés on Saturday with my daughter. She has a nut allergy, the barista promised us the brownie was nut free. It wasn't. We spent the afternoon at the pharmacy instead. Please take allergies seriously.",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
  });

  it("asks for the order number of a dripper that arrived cracked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ordered the ceramic pour-over set from your shop and the dripper arrived with a crack right through the base. Pretty disappointing, it was supposed to be a birthday gift 😒",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").toContain("order number");
  });

  it("does not read 'Nobody cares about your notes' as a case", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "This is the most pretentious coffee page on the whole internet. Nobody cares about your 'notes of stone fruit and cocoa', it's beans. Get over yourselves lol",
    );
    expect(first?.strategy).not.toMatch(/^case-/u);
  });
});

describe("round 2, read again: a pause ignored, a surcharge and contempt said plainly", () => {
  it("takes up a parcel sent and charged while the subscription was paused, never how to pause it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hab mein abo extra pausiert weil wir 3 wochen in kroatien sind, jetzt schreibt mir mein nachbar dass n paket von euch bei ihm liegt?? und abgebucht wurde natürlich auch. was ist da los",
    );
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text ?? "").toContain("pausiertem Abo");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Your Kreuzberg staff are arrogant little sh*ts. Got charged €6.80 for an oat flat white today because 'plant milk costs extra' – your own website says it doesn't. Receipt #4471.",
      /charged extra/u,
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv Abo vor 5 Tagen gekündigt, heute trotzdem 27,50 abgebucht. Kundennr 20417. Ihr kriegt's echt nicht gebacken, Kindergarten hier",
      /20417/u,
    ],
    [
      "rheinwerk",
      "@rheinwerk your customer portal is an absolute joke. day 3 of 'scheduled maintenance' and my €210 direct debit goes out friday. customer 6620473. sort it out.",
      /6620473/u,
    ],
  ])("sets the boundary beside the help: %s: %s", (company, text, named) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text ?? "").toMatch(named);
    expect(first?.text ?? "").not.toMatch(/website/u);
  });
});

describe("a spa town is nothing bad", () => {
  it("does not read 'Bad Godesberg' in an announcement as criticism", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Heute Lesung in Bonn \n Parkbuchhandlung, La Redoute, Kurfürstenallee 1, 53177 Bonn – Bad Godesberg \n 19:00 Uhr",
      "x",
    );
    expect(assessment.tone).not.toBe("critical");
    expect(first?.text ?? "").not.toMatch(/Kritik/u);
  });

  it("still hears 'Bad Coffee' as criticism", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "Bad Coffee. Really bad.");
    expect(assessment.tone).toBe("critical");
  });
});
