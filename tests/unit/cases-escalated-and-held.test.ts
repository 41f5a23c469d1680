import { describe, expect, it } from "vitest";
import { companyAnswers } from "./company-answers";

/**
 * Comments misread before 2026-11-30's third stop (written for it and read by a social-media lead; none from a
 * data set): a child hurt by packaging told "Bitte entschuldigen Sie die Unannehmlichkeiten", mould in a yoghurt
 * read as a bill ("Charge"), a phone queue asked for a case number, a parcel thrown over a fence said "hasn't
 * arrived", "vor 5 Tagen" listed as "(5 Tagen)", a calm request for help told it was angry, a lone "?" given a
 * holding reply.
 */
const answer = companyAnswers("Nordwind", "facebook", "Nina Keller");
const first = (text: string) => answer(text).suggestions[0];

describe("someone hurt or something harmful found", () => {
  it("escalates a child hurt by packaging: sorry, quality assurance at once, a photo and the batch asked for", () => {
    const { assessment, suggestions } = answer(
      "Mein Sohn hat sich an der Verpackung der Spielzeugautos geschnitten, die Kanten sind scharf wie ein Messer. Das ist gefährlich!",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
    expect(suggestions).toHaveLength(1);
    const text = suggestions[0]?.text ?? "";
    expect(text).toMatch(/dass sich Ihr Sohn verletzt hat/);
    expect(text).toMatch(/Qualitätssicherung/);
    expect(text).toMatch(/Foto[^.]*Chargennummer/);
    expect(text).not.toMatch(/ärgerlich|Unmut|Unannehmlichkeiten|Kritik/);
  });

  it("names mould where it was found and asks for no batch number that came with the comment", () => {
    const { assessment, suggestions } = answer(
      "Ekelhaft! In meinem Joghurt war Schimmel, obwohl das MHD erst nächste Woche ist. Charge L2398.",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
    expect(suggestions[0]?.strategy).toBe("case-next-step");
    expect(suggestions[0]?.text).toMatch(/dass Schimmel in Ihrem Joghurt war/);
    expect(suggestions[0]?.text).not.toMatch(/Abrechnung|Kundennummer|Chargennummer/);
  });

  it("reads a burn as an injury, not as a danger on the road ('verbrannt' holds 'ran')", () => {
    const reply = first("Mein Sohn hat sich am Griff des Wasserkochers verbrannt, der wird viel zu heiß!");
    expect(reply?.text).toMatch(/dass sich Ihr Sohn verletzt hat/);
    expect(reply?.text).not.toMatch(/gefährliche Lage/);
  });

  it("keeps the road's wording for someone nearly run over, and asks for no batch", () => {
    const reply = first("Euer Fahrer hat mich heute früh am Zebrastreifen fast überfahren. Unglaublich!");
    expect(reply?.text).toMatch(/gefährliche Lage/);
    expect(reply?.text).not.toMatch(/Chargennummer/);
  });

  it.each([
    ["My daughter cut her finger on the lid of your soup tin. That lid is dangerous.", /your daughter was hurt/],
    ["There was glass in my salad from your Leeds store!!", /there was glass in your salad/],
  ])("says in English what happened and passes it to the quality and safety team: %s", (text, said) => {
    const reply = first(text);
    expect(reply?.text).toMatch(said);
    expect(reply?.text).toMatch(/quality and safety team/);
    expect(reply?.text).not.toMatch(/frustrating|inconvenience/);
  });

  it.each([
    "Power cut in Leeds since 6am, no update from you at all.",
    "Meine Friseurin hat mir gestern die Haare geschnitten und die Rechnung stimmt nicht.",
    "Ihr habt den Datenschutz verletzt, meine Daten wurden ohne Zustimmung weitergegeben.",
  ])("reads a cut, a haircut or a broken law as no injury: %s", (text) => {
    expect(answer(text).assessment.intent.complaint?.problem).not.toBe("safety");
  });
});

describe("cases held as they were said", () => {
  it("hears a phone queue as time on hold and asks for no case number", () => {
    const reply = first("been on hold for 2 hours. TWO HOURS. absolutely pathetic");
    expect(reply?.text).toMatch(/on hold for 2 hours/);
    expect(reply?.text).not.toMatch(/case number/);
    expect(first("Über eine Stunde in eurer Hotline-Warteschleife gehangen und dann aufgelegt worden.")?.text).toMatch(
      /über eine Stunde in der Warteschleife gewartet hast/,
    );
  });

  it("names a parcel thrown over the fence instead of calling it missing", () => {
    const reply = first("if your delivery driver throws my parcel over the fence one more time I swear");
    expect(reply?.text).toMatch(/thrown over the fence/);
    expect(reply?.text).not.toMatch(/hasn't arrived|throws/);
  });

  it("names money still taken after a cancellation, and when they cancelled as 'ago'", () => {
    const { assessment, suggestions } = answer(
      "Cancelled my membership 3 months ago and you're STILL taking money from my account. This is theft.",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(suggestions[0]?.text).toMatch(/still being charged after cancelling/);
    expect(suggestions[0]?.text).not.toMatch(/\(3 months\)|thanks for letting us know/i);
  });

  it("hears 'Warum antwortet hier niemand? … vor 5 Tagen geschrieben' as a wait, said with its 'vor'", () => {
    const { assessment, suggestions } = answer(
      "Warum antwortet hier eigentlich niemand? Ich habe vor 5 Tagen geschrieben.",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(suggestions[0]?.text).toMatch(/auf eine Antwort warten/);
    expect(suggestions[0]?.text).not.toMatch(/\(5 Tagen\)/);
  });

  it("asks which branch a cashier shouted at them in, and takes 'mit Karte zahlen' for no product", () => {
    const reply = first(
      "Die Kassiererin hat mich heute angeschrien, weil ich mit Karte zahlen wollte. Geht gar nicht.",
    );
    expect(reply?.text).toMatch(/in welcher Filiale/);
    // Being shouted at is not made light of with "ärgerlich".
    expect(reply?.text).not.toMatch(/Karte|ärgerlich|Unmut/);
  });

  it("moves a dead router with one line on the insult, naming the router", () => {
    const reply = first(
      "@Nordwind you absolute clowns, my router has been dead for 6 days and your chat bot keeps telling me to restart it",
    );
    expect(reply?.strategy).toBe("boundary-and-help");
    expect(reply?.text).toMatch(/your router/);
    expect(reply?.text).not.toMatch(/chat bot/);
  });

  it("keeps the wait beside the order when the reply names no clause", () => {
    const reply = first(
      "Was soll der Mist? Seit 3 Wochen warte ich auf mein Paket 55-20931 und keiner antwortet. Ihr seid echt Chaoten.",
    );
    expect(reply?.strategy).toBe("boundary-and-help");
    expect(reply?.text).toMatch(/55-20931[^.]*seit 3 Wochen|seit 3 Wochen auf (?:Ihr|dein) Paket 55-20931/);
  });

  it("calls a bill that rose a bill, not a debit", () => {
    const reply = first(
      "Meine Stromabrechnung für 2025 ist um 340 € höher als letztes Jahr, obwohl wir weniger verbraucht haben. Kundennummer 4471-20931.",
    );
    expect(reply?.text).toMatch(/Ihre Abrechnung \(Kundennummer 4471-20931/);
    expect(reply?.text).not.toMatch(/Abbuchung/);
  });

  it("names a stained book as arrived damaged", () => {
    expect(first("ordered a hardcover, received a paperback with a coffee stain on it. order #A-55120")?.text).toMatch(
      /order #A-55120 arrived damaged/,
    );
  });
});

describe("calm requests, lone marks and requests for data", () => {
  it("does not tell a calm request for help that it is angry, nor ask a reset mail for the app version", () => {
    const reply = first(
      "Hallo, ich habe mein Passwort vergessen und bekomme keine Mail zum Zurücksetzen. Was kann ich tun?",
    );
    expect(reply?.text).not.toMatch(/Unmut|Ärger|ärgerlich|App-Version/);
  });

  it("reads along with a lone question mark instead of promising an answer", () => {
    const { suggestions } = answer("?");
    expect(suggestions.map((s) => s.strategy)).toEqual(["acknowledge"]);
  });

  it("holds a request for the data behind a figure, naming the figure", () => {
    const reply = first(
      "Great keynote yesterday at the Hamburg summit. Your CTO made some bold claims about AI – would love to see the data behind the 40% productivity figure.",
    );
    expect(reply?.strategy).toBe("holding-reply");
    expect(reply?.text).toMatch(/the 40% productivity figure/);
  });

  it("names a question's topic without adverbs and praise without the competitor", () => {
    expect(first("Is the Black Friday discount also valid on already reduced items?")?.text).toMatch(
      /about the Black Friday discount/,
    );
    expect(first("Is the Black Friday discount also valid on already reduced items?")?.text).not.toMatch(/already/);
    expect(
      first(
        "Migrated 200 seats from your competitor last quarter. Onboarding was smooth, support answers within the hour. Impressed.",
      )?.text,
    ).not.toMatch(/competitor/);
  });

  it("hears 'Schämt euch' as criticism", () => {
    expect(answer("Ihr seid doch alle gekauft von der Regierung. Schämt euch.").assessment.tone).toBe("critical");
  });
});

describe("more cases the plans did not know", () => {
  it("names a dented, leaking tin bought in a store, asks for no order number and sends nothing to review", () => {
    const { assessment, suggestions } = answer(
      "Hab gestern im Markt in Dortmund-Hörde eine Dose Erbsen gekauft, die war total verbeult und ist heute ausgelaufen.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(suggestions[0]?.text).toMatch(/dass Ihr Einkauf beschädigt war/);
    expect(suggestions[0]?.text).not.toMatch(/Bestellnummer|Ton/);
  });

  it("names the company's own provider with its versions, not 'your plan'", () => {
    const reply = first(
      'Your Terraform provider v3.2 breaks on plan with "invalid attribute". Rolled back to 3.1. Known issue?',
    );
    expect(reply?.text).toMatch(/our Terraform provider/);
    expect(reply?.text).toMatch(/v3\.2, 3\.1\)/);
  });

  it("offers help to someone who cannot cope with the app, without calling it anger or asking for a version", () => {
    const reply = first(
      "Ich bin 78 und komme mit der neuen App überhaupt nicht klar. Früher konnte ich alles am Schalter machen.",
    );
    expect(reply?.text).toMatch(/mit unserer App nicht gut zurechtkommen/);
    expect(reply?.text).not.toMatch(/Unmut|ärgerlich|App-Version/);
  });

  it("passes a commuter's late 07:42 on and asks for no booking reference", () => {
    const reply = first("the 07:42 from Brighton was 25 mins late AGAIN. missed my connection at East Croydon.");
    expect(reply?.text).toMatch(/the 07:42 from Brighton was delayed/);
    expect(reply?.text).not.toMatch(/booking/);
  });

  it("thanks a rep by name when 'Tom was incredibly patient'", () => {
    expect(
      first("Just wanted to say your customer service rep Tom was incredibly patient with my dad today. Thank you!")
        ?.text,
    ).toMatch(/Tom/);
  });

  it("checks 'Allerdings stimmt die Zahl nicht: Laut Destatis … 12 %, nicht 21 %' as a correction", () => {
    const { assessment, suggestions } = answer(
      "Interessanter Artikel. Allerdings stimmt die Zahl nicht: Laut Destatis liegt die Quote bei 12 %, nicht bei 21 %.",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(suggestions[0]?.strategy).toBe("check-correction");
  });

  it("calls a raised price a price gone up, with the account it came with", () => {
    const reply = first(
      "I have been a customer for 12 years and you raised my broadband price by 30% without any notice. Account 88120034. I'm leaving.",
    );
    expect(reply?.text).toMatch(/your price has gone up/);
    expect(reply?.text).toMatch(/88120034/);
  });

  it("reads a white screen after an update as the app's fault, not a screen they own", () => {
    const reply = first(
      "Seit dem letzten Update zeigt die App bei mir nur noch einen weißen Bildschirm. iPhone 13, iOS 18.",
    );
    expect(reply?.strategy).toBe("case-question");
    expect(reply?.text).toMatch(/unserer App/);
    expect(reply?.text).not.toMatch(/Bildschirm/);
  });

  it("names a call-back nobody made, with its case number and date", () => {
    const reply = first("Ich habe am 12.11. einen Rückruf gebucht, es hat niemand angerufen. Vorgang 2024-88123.");
    expect(reply?.text).toMatch(/zum vereinbarten Rückruf niemand gemeldet/);
    expect(reply?.text).toMatch(/2024-88123 \(12\.11\.\)/);
  });

  it("moves a supply cut said in sarcasm: 'Danke für nichts. Zwei Wochen ohne Internet und keiner kommt.'", () => {
    const { suggestions } = answer("Danke für nichts. Zwei Wochen ohne Internet und keiner kommt.");
    expect(suggestions[0]?.strategy).toMatch(/^case-/);
  });

  it("takes being asked whether one speaks German at all as being treated so, and names no 'visit'", () => {
    const reply = first(
      "Die Verkäuferin in Essen hat mich gefragt, ob ich überhaupt Deutsch verstehe. Ich bin hier geboren.",
    );
    expect(reply?.text).toMatch(/so behandelt gefühlt/);
  });

  it("names neither 'laid' nor 'the room' as what criticism of layoffs is about", () => {
    const reply = first(
      'Your company laid off 400 people in Leipzig last week and today you post about "team spirit". Read the room.',
    );
    expect(reply?.strategy).toBe("take-seriously");
    expect(reply?.text).not.toMatch(/\blaid\b|the room/);
  });
});
