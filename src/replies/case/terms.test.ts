import { describe, expect, it } from "vitest";
import { caseTerms, joinTerms } from "./terms";

describe("caseTerms", () => {
  it.each([
    ["Your oat milk surcharge is ridiculous. 80 cents for a splash?", "oat milk surcharge"],
    ["Utilities selling heat pumps is a conflict of interest: you profit from it.", "conflict of interest"],
    ["The quality of your customer service has really dropped since the merger.", "quality of your customer service"],
    ["Is the pumpkin spice blend coming back this autumn?", "pumpkin spice blend"],
    ["Do you have a decaf that works well for cold brew at home?", "decaf"],
    ["Third time writing: my final bill after moving out still hasn't arrived.", "final bill"],
  ])("takes the noun phrase an English comment is about: %s", (text, term) => {
    expect(caseTerms(text, "en")[0]).toBe(term);
  });

  it("keeps pronouns, adjectives without their noun and who the commenter is out of the terms", () => {
    expect(caseTerms("your survey team told my neighbour his house wasn't suitable", "en")).not.toContain(
      "neighbour his",
    );
    expect(caseTerms("This is how you end up with unhappy customers.", "en")).toEqual([]);
    expect(caseTerms("As a café owner myself, I'd love to know how you source your beans.", "en")).toEqual(["beans"]);
    expect(caseTerms("Als Energieberaterin sehe ich die Förderhinweise kritisch.", "de")).toEqual(["Förderhinweise"]);
    expect(caseTerms("Do you have decaf options that aren't Swiss water processed?", "en")).not.toContain("Swiss");
  });

  it("takes no head of a reference and no sentence's first word after a handle", () => {
    expect(caseTerms("your install team left without finishing. job ref A-24-3310", "en")).not.toContain("A-24");
    expect(caseTerms("@Rheinwerk Ist die Störung in Ehrenfeld schon bekannt?", "de")[0]).toBe("Störung in Ehrenfeld");
  });

  it("finds German nouns that start with an umlaut", () => {
    expect(caseTerms("Klasse, dass ihr die Öffnungszeiten ändert. Wo bleibt die Überweisung?", "de")).toEqual([
      "Öffnungszeiten",
      "Überweisung",
    ]);
  });

  it("takes a disputed figure, not the source it is quoted from", () => {
    const text =
      "Interessanter Beitrag, aber die Zahl stimmt nicht: Laut Statistischem Bundesamt waren es 2024 nicht 12 %, sondern 9,8 %.";
    expect(caseTerms(text, "de")).toEqual(["12 %", "9,8 %"]);
    expect(caseTerms("According to the Office for National Statistics it was 9.8%, not 12%.", "en")).toEqual([
      "9.8%",
      "12%",
    ]);
  });

  it("takes who the commenter is for no topic, however long they say it", () => {
    const text =
      "As someone who has advised utilities on decarbonisation for 15 years: your claim that heat pumps cut bills by 40 % is not supported by the field study.";
    expect(caseTerms(text, "en")).not.toContain("decarbonisation");
    expect(caseTerms(text, "en")[0]).toBe("40 %");
  });

  it("takes the word a correction quotes, but never says a scare quote back", () => {
    expect(caseTerms('you spelled "independent" wrong in your latest post lol', "en")).toEqual(['"independent"']);
    expect(caseTerms("Im Post steht „Wärmepumpen-Förderung“, richtig ist „Heizungsförderung“.", "de")[0]).toBe(
      "„Wärmepumpen-Förderung“",
    );
    expect(caseTerms('Oh great, another "improvement" to the app. Genius.', "en")).not.toContain('"improvement"');
  });

  it("takes no person a question is put to as its topic", () => {
    const text =
      "My smart meter has been showing zero consumption since March. Customer no. 300912. Can someone check?";
    expect(caseTerms(text, "en")[0]).toBe("smart meter");
  });

  it("takes no request for news and no verdict for a topic", () => {
    expect(caseTerms("@Nordwerk any update on ticket 55120? it's been a week", "en")).not.toContain("update");
    expect(caseTerms("this is the third invoice with the wrong VAT number", "en")).toEqual(["invoice"]);
  });

  it("keeps a street's name whole", () => {
    expect(caseTerms("is the outage in Bristol fixed yet? Still no power on Gloucester Road", "en")).toContain(
      "Gloucester Road",
    );
  });

  it("keeps a brand written in camel case whole", () => {
    expect(caseTerms("Hallo, kann man bei euch auch mit PayPal bezahlen?", "de")).toEqual(["PayPal"]);
    expect(caseTerms("Can I pay with PayPal in your Berlin store?", "en")).toContain("PayPal");
  });

  it("never names an insult or a swear word as what a comment is about", () => {
    const unfit = (term: string) => /abzocker/i.test(term);
    expect(caseTerms("Ihr Abzocker, 30 Euro Gebühr für eine Umbuchung!", "de", [], 2, unfit)).toEqual([
      "30 Euro Gebühr für eine Umbuchung",
    ]);
    expect(caseTerms("Ihr Abzocker, die Gebühr für eine Umbuchung!", "de", [], 2, unfit)).toEqual([
      "Gebühr",
      "Umbuchung",
    ]);
  });

  it("joins English terms with the article a singular noun needs", () => {
    expect(joinTerms(["state of the trains", "decaf"], "en")).toBe("the state of the trains and the decaf");
    expect(joinTerms(["Hafenblick filter", "Hafenblick"], "en")).toBe("the Hafenblick filter and Hafenblick");
    expect(joinTerms(["Cold Brew", "Koffein"], "de")).toBe("Cold Brew und Koffein");
  });
  it("keeps what kind of thing it is, in a form a topic can name", () => {
    expect(caseTerms("Bietet ihr eigentlich auch dynamische Stromtarife an?", "de")).toEqual([
      "dynamische Stromtarife",
    ]);
    expect(caseTerms("Ich habe nach einer laktosefreien Alternative gefragt.", "de")).toEqual([
      "laktosefreie Alternative",
    ]);
    // "dem digitalen Zähler": a noun whose gender is known takes the ending it has without an article; one whose
    // gender is not known is named without the adjective.
    expect(caseTerms("Mit dem digitalen Zähler klappt nichts.", "de")).toEqual(["digitaler Zähler"]);
    expect(caseTerms("nen dynamischen Stromtarif gibts bei euch nicht?", "de")).toContain("dynamischer Stromtarif");
    expect(caseTerms("Mit dem digitalen Dingsbums klappt nichts.", "de")).toEqual(["Dingsbums"]);
    expect(caseTerms("Ich habe gestern Kaffee bestellt", "de")).toEqual([]);
  });

  it("reads a phrase after one that ended on a function word", () => {
    expect(
      caseTerms("Love your coffee but the plastic lids on the to-go cups feel out of step with your talk.", "en"),
    ).toContain("plastic lids");
    expect(caseTerms("Selling heat pumps without proper heat-loss surveys is a mistake.", "en")).toContain(
      "heat-loss surveys",
    );
  });
});

describe("claims and hyphened things", () => {
  it("names a claim quoted after 'ads say' and a hyphened thing", () => {
    expect(caseTerms("Your ads say 'heat pumps for every home', but my neighbour was told no.", "en")[0]).toBe(
      '"heat pumps for every home"',
    );
    expect(caseTerms("Why do you still sell single-use plastic bottles?", "en")).toContain(
      "single-use plastic bottles",
    );
    expect(caseTerms("Cafés that hand out single-use cups to dine-in guests", "en").slice(0, 2)).toEqual([
      "single-use cups",
      "dine-in guests",
    ]);
  });
});
