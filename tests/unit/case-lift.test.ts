import { describe, expect, it } from "vitest";
import { assessWith } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { liftCase } from "../../src/replies/case/lift";

const lift = (text: string) => liftCase(text, assessWith(undefined, snapshotOf(text), { companyName: "Rheinwerk" }));

describe("liftCase", () => {
  it("knows the phone a commenter names", () => {
    expect(lift("Seit dem Update stürzt die App bei mir jedes Mal beim Bezahlen ab. Samsung S23.").device).toBe(
      "Samsung S23",
    );
    expect(lift("app keeps crashing on my Pixel 7").device).toBe("Pixel 7");
  });

  it("names numbers by the word before them, and never takes a word for a number", () => {
    expect(lift("Meine Bestellnr. 40-11873 ist seit Montag unterwegs").numbers).toEqual([
      { kind: "order", value: "40-11873", label: "Bestellnr." },
    ]);
    expect(lift("Ticket #A-2291, Kundennummer 775120").numbers.map((n) => [n.kind, n.value])).toEqual([
      ["ticket", "#A-2291"],
      ["customer", "775120"],
    ]);
    expect(lift("My order #KK-10492 never arrived").numbers[0]).toMatchObject({ kind: "order", value: "#KK-10492" });
    expect(lift("Order #A77120, says delivered").numbers[0]?.value).toBe("#A77120");
    expect(lift("Meine Bestellung ist verschwunden").numbers).toEqual([]);
    expect(lift("your installers left a mess in my garden. Job A-24-0311. Pathetic.").numbers[0]).toMatchObject({
      kind: "ticket",
      value: "A-24-0311",
    });
    expect(lift("Fehler E212 an der WP 9, Auftrag siehe oben, A-23-0457").numbers.map((n) => n.value)).toEqual([
      "A-23-0457",
    ]);
    expect(lift("Mein Termin war am Standort B-12 um 10 Uhr").numbers).toEqual([]);
    expect(lift("Paket 40-11111 ging an die falsche Adresse").numbers[0]).toMatchObject({ value: "40-11111" });
    expect(lift("Im Paket 250g statt 1kg").numbers).toEqual([]);
    expect(lift("you lost my suitcase on Monday. Reference HAMLH 39311").numbers[0]).toMatchObject({
      kind: "ticket",
      value: "HAMLH 39311",
    });
    expect(lift("I placed the order on 23rd March and nothing came").numbers).toEqual([]);
    // An amount after the word is what the invoice says, not its number.
    expect(lift("Jetzt steht auf der Rechnung 890 €.").numbers).toEqual([]);
    expect(lift("invoice 4471 for £120").numbers[0]).toMatchObject({ kind: "invoice", value: "4471" });
  });

  it("keeps amounts, dates and durations as written", () => {
    const lifted = lift("Mir wurden am 3. März 49,99 € doppelt abgebucht, seit drei Wochen keine Antwort.");
    expect(lifted.amounts).toEqual(["49,99 €"]);
    expect(lifted.dates).toEqual(["am 3. März"]);
    expect(lifted.durations).toEqual(["seit drei Wochen"]);
    const english = lift("Charged £12.50 twice on March 3rd and I've been on hold for 45 minutes since Tuesday");
    expect(english.amounts).toEqual(["£12.50"]);
    // "since Tuesday" is how long it has lasted, as is "seit dem 14. Oktober".
    expect(english.dates).toEqual(["on March 3rd"]);
    expect(english.durations).toEqual(["for 45 minutes", "since Tuesday"]);
    expect(lift("Wir warten seit dem 14. Oktober auf das Angebot.").durations).toEqual(["seit dem 14. Oktober"]);
  });

  it("finds branches and cities, not German nouns after 'in'", () => {
    expect(lift("In der Filiale Leipzig Südvorstadt war keiner da").places).toEqual(["Leipzig Südvorstadt"]);
    expect(lift("Im Café in Hamburg-Ottensen gab es keinen Hafermilch mehr").places).toEqual(["Hamburg-Ottensen"]);
    expect(lift("The Manchester store was closed at 4pm").places).toEqual(["Manchester"]);
    expect(lift("Alles in Ordnung, danke im Voraus").places).toEqual([]);
  });

  it("names the person a shout-out is for", () => {
    expect(lift("Best flat white in Leipzig, hands down. Shout out to Jule at the bar!").people).toContain("Jule");
  });

  it("names staff as people write them", () => {
    expect(lift("Frau Demir an der Hotline war sehr geduldig").people).toContain("Frau Demir");
    expect(lift("Ein großes Danke an Jonas am Tresen!").people).toEqual(["Jonas"]);
    expect(lift("Thanks to Jamie, who sorted it in minutes").people).toEqual(["Jamie"]);
  });

  it("names the product with its model or name", () => {
    expect(lift("Unsere Wärmepumpe WP 9 macht seit Tagen Geräusche").product).toBe("Wärmepumpe WP 9");
    expect(lift("The Rheinwerk Zuhause app crashes at login").product).toBe("Rheinwerk Zuhause app");
    expect(lift("Die Bohne 'Nordlicht' schmeckt bitter").product).toBe("Bohne „Nordlicht“");
    // A lower-case word after the thing is no model name.
    expect(lift("Die neue App ist eine Katastrophe").product).toBe("App");
  });

  it("keeps the commenter's word for what was sent, and what criticism is about", () => {
    expect(lift("Ich warte seit drei Wochen auf mein Paket").item).toBe("paket");
    expect(lift("My parcel never came").item).toBe("parcel");
    expect(lift("Toll gemacht. Dritte Preiserhöhung in einem Jahr. Weiter so").criticised).toBe("price-increase");
    expect(lift("Great job raising prices again").criticised).toBe("prices");
    expect(lift("Seit dem Update stürzt alles ab").criticised).toBe("update");
    expect(lift("Schönes Wetter heute").criticised).toBeUndefined();
  });

  it("asks for no model the commenter named", () => {
    const named = lift("Seit 9 Tagen Heizung kaputt, WP 12 zeigt Fehler E118, Auftrag A-23-0612. Sauerei!");
    expect(named.problem).toBe("defect");
    expect(named.missing).toBeUndefined();
    expect(lift("Seit 9 Tagen Heizung kaputt, sie zeigt Fehler E118. Sauerei!").missing).toBe("product-model");
    // A feature of the company's software that fails has no model to ask for.
    expect(lift("your payroll export to Xero has been broken since Monday").missing).toBeUndefined();
  });

  it("says what is missing to move the case, never what was given", () => {
    expect(lift("Mein Paket ist nach zwei Wochen immer noch nicht angekommen.").missing).toBe("order-number");
    expect(lift("Bestellung 40-11873 ist nach zwei Wochen immer noch nicht angekommen.").missing).toBeUndefined();
    expect(lift("Ich kann mich seit dem Update nicht mehr einloggen.").missing).toBe("app-version");
    expect(lift("Can't log in since the update, iOS 18.2").missing).toBeUndefined();
    expect(lift("Mir wurden 49,99 € doppelt abgebucht.").missing).toBe("customer-number");
    expect(lift("Our flight got cancelled and nobody helps.").missing).toBe("booking-number");
    expect(lift("Tolles Produkt, danke!").missing).toBeUndefined();
  });

  it("carries the problem the analysis read", () => {
    const lifted = lift("Ich kann mich seit dem Update nicht mehr einloggen.");
    expect(lifted.problem).toBe("login");
    expect(lifted.problemWords.join(" ")).toMatch(/einloggen|nicht mehr/);
  });
});
