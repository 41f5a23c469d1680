import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-05 (eighth session): batches 179–182, written by helpers to the golden set's two
 * companies, and a few of the kinds the session before left open. Each was answered wrongly before: praise read as
 * sarcasm because of a rolled eye at the writer's own doubts, a joke or a wage; dialect read as English; a road
 * closed read as a locked account; a wish insisted on and not met left without the help beside the boundary; a
 * widow's letters to her late husband read along with.
 */

describe("praise is thanked, whatever is said beside it", () => {
  it.each([
    // Patience praised: "even the third time" is no repeat failure.
    [
      "rheinwerk",
      "Wir möchten uns einmal ausdrücklich bei Herrn Yilmaz bedanken, der letzte Woche unsere Wärmepumpe eingebaut hat. Pünktlich, sauber, und hat uns alles geduldig erklärt, auch beim dritten mal... So etwas erlebt man heute selten!! Renate und Klaus",
      /Herr Yilmaz/u,
    ],
    // Coming back for the third time this week is loyalty.
    [
      "kaffeekollektiv",
      "ich bin tot 💀💀 diese Kardamom-Zimtschnecke in Ottensen gehört verboten so gut. war heut zum 3. mal diese woche da, mein konto weint, ich nicht",
      /Kardamom-Zimtschnecke/u,
    ],
    // The eyes were rolled at the writer's own doubts; the praise comes after them.
    [
      "rheinwerk",
      "Also ich hab ja gedacht, Wärmepumpe, dat wird nix in unserem alten Kasten von 1956 🙃 Jetzt sitz ich im Januar im T-Shirt im Wohnzimmer. Die zwei Monteure, der Herr Yilmaz und der junge mit dem Zopf, waren drei Tage da und haben alles picobello hinterlassen. Hut ab!!",
      /Herr Yilmaz/u,
    ],
    [
      "kaffeekollektiv",
      "Kleiner Shoutout 🙄 Seit wir im Büro auf eure Hausmischung „Spreeufer“ umgestiegen sind, diskutiert das halbe Team jeden Morgen zehn Minuten über Crema. Produktivität: gesunken. Laune: Crema de la Crema. Danke an Ole für die geduldige Beratung am Telefon!",
      /Ole/u,
    ],
    // A joke set aside asks nothing.
    [
      "rheinwerk",
      "Got the final invoice for our WP 9 today and it's actually lower than the quote?? I'm deeply suspicious 🤨😂 Jokes aside, huge thanks to Marek who did our heat load survey and explained every single line to us. Rare these days.",
      /Marek/u,
    ],
    // Money back is good news, and the writer's own tears are no mockery.
    [
      "rheinwerk",
      "Jung, ich hab heut morgen dreimal die Jahresabrechnung gelesen weil ich dachte ich hab mich verguckt. 212 € zurück nach dem ersten Jahr mit der PV von euch. ich heul 😭 dat is ja wie Weihnachten",
      /danke|Dank/iu,
    ],
    // A wage in a job advert is no price to mock.
    [
      "kaffeekollektiv",
      "love that you put the actual pay (€16.50/h + tips) right in the barista post. more cafés should do this 👏",
      /thank/iu,
    ],
    // A name set between commas beside the one who served.
    [
      "rheinwerk",
      "Shoutout to the engineer who came Tuesday, Lukas, absolute legend. Heat pump humming along nicely now.",
      /Lukas/u,
    ],
    // Dialect praise, and German however it is spelt.
    [
      "kaffeekollektiv",
      "Mei, do Kaffee is fei guad. Da Barista in Leipzig hod ma sogar no a Plätzchen dazua gem.",
      /Leipzig/u,
    ],
    // A child's "help" is quoted fondly.
    [
      "kaffeekollektiv",
      "Baked cookies with my 4yo's 'help' this afternoon and your Christmas blend was the perfect match ☕🍪",
      /Christmas blend/u,
    ],
  ])("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    // What the writer's own people did, and the names they sign with, are not what they praise.
    expect(first?.text).not.toMatch(/Thema (?:Klaus|Hilfe|Kasten)/u);
  });

  it("does not thank for the help of the writer's daughter", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Plätzchen gebacken mit der „Hilfe“ meiner Tochter, dazu euer Weihnachtsblend – perfekt!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Weihnachtsblend/u);
    expect(first?.text).not.toMatch(/Hilfe/u);
  });
});

describe("mockery is never thanked", () => {
  it.each([
    ["rheinwerk", "Wärmepumpe ist wie Homöopathie, nur teurer und lauter. Aber schöne Stockfotos 👍"],
    ["kaffeekollektiv", "🙄 Toller Service, echt."],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text).not.toMatch(/danke|Dank|Lob|Toller/u);
  });
});

describe("what is not ours, or not a case, is read as such", () => {
  it("a motorway closed is no locked account", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "weiß jemand ob die A7 bei hamburg am wochenende wieder gesperrt ist?? muss nach kiel",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("an argument about an assumed electricity price is no bill", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Nice package, but 'save up to 40% on heating costs' means very little without the electricity price and SCOP you assumed. In a poorly insulated 1960s house the real-world SCOP is often well below 3. Publish the assumptions and the claim becomes a lot more credible.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/bill|customer number/iu);
  });

  it("a small thing that costs sales is criticism, not a correction of the post", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Honest feedback: your online shop makes me create an account every single time, there's no guest checkout. I've abandoned my cart twice now. Small thing, but it's costing you sales.",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("a case is answered with what it is", () => {
  it("the help beside the boundary, when oat milk was asked for twice", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv ihr inkompetenten Wichser, gestern um 15 Uhr in Ottensen hab ich 2x gesagt HAFER und trotzdem Kuhmilch im Cappuccino bekommen. Bin laktoseintolerant und lag den ganzen Abend flach",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Kuhmilch statt Hafer/u);
  });

  it("what was asked for twice, and what came", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Asked for oat milk twice and still got cow's milk in my flat white at the Ottensen café today. I'm lactose intolerant.",
    );
    expect(first?.text).toMatch(/cow's milk instead of oat milk\./u);
  });

  it("whole beans ordered, ground ones delivered, on an anniversary", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      'Kurzer, ehrlicher Erfahrungsbericht: Wir bestellen seit zwei Jahren fürs Büro bei euch und ich hab euch intern immer verteidigt, wenn jemand "zu teuer" gesagt hat. Für unser 10-jähriges Firmenjubiläum am Freitag hatten wir 5 kg ganze Bohnen Espresso bestellt (Bestellung 51190). Gekommen sind 5 kg gemahlen für Filter. Ziemlich bitter an so einem Tag.',
    );
    expect(assessment.intent.addressedTo).toBe("company");
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/ganze Bohnen Espresso bestellt, aber gemahlen für Filter bekommen/u);
    expect(first?.text).toMatch(/51190/u);
    expect(first?.text).not.toMatch(/einem Tag/u);
  });

  it("a widow whose letters still go to her late husband", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich bin seit 15 Jahren bei Ihnen. Mein Mann ist im Oktober verstorben, ich habe im November die Sterbeurkunde geschickt und gebeten, den Vertrag auf mich umzuschreiben. Seitdem kommen weiter Briefe an ihn, und letzte Woche eine Mahnung, auch an ihn adressiert. Ich weiß nicht mehr weiter.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).toMatch(/Verlust|Beileid/u);
    expect(first?.text).not.toMatch(/lesen mit/u);
  });

  it("billing for the old flat is a bill", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "6 yrs with @Rheinwerk, moved flat in Jan and you're STILL billing me for the old one. 3 emails, zero replies. Absolutely gutted, thought you lot were better than this",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).toMatch(/customer number/u);
  });

  it("scaffolding left in the garden is what is said, and a thing's name is said small", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Solar panels went on three weeks ago, great job, but the scaffolding is still in our front garden. Nobody has come to take it down and nobody answers the phone.",
    );
    expect(first?.text).toMatch(/scaffolding is still up/u);
    expect(first?.text).toMatch(/\(solar panels, three weeks ago\)/u);
  });
});

describe("questions get the company's answer, or are held", () => {
  it.each([
    ["kaffeekollektiv", "hours for the new leipzig spot? coming over from amsterdam this weekend ☕", /7:30 am/u],
    [
      "kaffeekollektiv",
      "Can I order the Winter Blend to the UK?? Would love to send a bag to my mum in Leeds for Christmas 🎄",
      /to the UK it's £9\.50/u,
    ],
    [
      "rheinwerk",
      "does the heatpump acutally work when its minus 15 outside? our house is from the 70s, my brother in law says its pointless",
      /−20 °C/u,
    ],
  ])("%s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it("a correction of a price is settled by the price, never by how long it takes", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Sehr geehrte Damen und Herren, in Ihrem Beitrag steht, der Vor-Ort-Termin zur Heizlastberechnung koste 149 €. Auf Ihrer Internetseite steht aber, dass er kostenlos ist. Was stimmt denn nun ? Mit freundlichen Grüßen W. Ebersbach",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/Wochen/u);
  });

  it.each([
    [
      "kaffeekollektiv",
      "been coming to the Kreuzberg spot since basically day one and now the decaf is just GONE from the menu?? is it coming back or do I need to find a new place 😩",
      /decaf/u,
    ],
    [
      "kaffeekollektiv",
      "Ich kauf seit Jahren bei euch und bin ehrlich gesagt ein bisschen enttäuscht, dass ihr beim Thema Verpackung so still seid. Deshalb ganz konkret: Sind eure Kaffeetüten inzwischen recycelbar oder kompostierbar, oder landen die weiterhin im Restmüll?",
      // What the colon leads to is asked: the bags, or the packaging the sentence before names.
      /Verpackung|Kaffeetüten/u,
    ],
    [
      "rheinwerk",
      "Quick q from an Irish expat in Bonn 🙂 can a new solar install from you be combined with the balcony panels we already have, or do those have to go?",
      /balcony panels/u,
    ],
  ])("a real question beside disappointment is held: %s", (company, text, named) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/expat/u);
  });
});
