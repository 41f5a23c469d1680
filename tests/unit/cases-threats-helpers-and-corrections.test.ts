import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the twelfth session of 2026-12-05, fresh batches 239–246 (second round), each answered wrongly before: a call
 * on others to ambush a barista kept, insults of staff beside a case answered without the case, praise of help given
 * read as criticism, a correction of a recipe or a spec answered as a case or not at all, the writer's own broken
 * phone and a house without underfloor heating read as our failures, and details no lead would repeat.
 */

describe("threats and insults of staff are read, and the case beside them answered", () => {
  it("reads a call on others to lie in wait for a barista as a threat", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "der Barista mit der Mütze in Ottensen, dem sollte mal einer nach Ladenschluss auflauern. wird Zeit, dass dem mal einer zeigt, wo's langgeht",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("threat");
    expect(first?.strategy).toBe("boundary");
  });

  it("reads 'the dumbest person I've ever met' of a cashier as an insult, and the change given short as the case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Typ an der Kasse in Kreuzberg ist echt die dümmste Person, die mir je begegnet ist. Hat mir heute falsch rausgegeben, 5 € zu wenig.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("answers a barista called an idiot who rolled his eyes, and one who snapped at a guest, with boundary and help", () => {
    const english = goldenAnswer(
      "kaffeekollektiv",
      "the barista in Ottensen is arrogant idiot. I ask for oat milk, he say 70 cent extra and roll the eyes at me. liars",
      "x",
    );
    expect(english.first?.strategy).toBe("boundary-and-help");
    const german = goldenAnswer(
      "kaffeekollektiv",
      "Eure Barista in Kreuzberg ist ne dumme Kuh. 15 min auf einen Latte gewartet, freundlich nachgefragt und wurde angeblafft.",
    );
    expect(german.assessment.intent.complaint?.problem).toBe("service");
    expect(german.first?.strategy).toBe("boundary-and-help");
  });
});

describe("help given is praise, and the helpers are named", () => {
  it("thanks a crew who spent time explaining the app, and names both", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Shoutout to the Rheinwerk crew: Milan and Greta put 12 panels on our roof in Siegburg in two days and spent half an hour explaining the app to my mum without once looking at the clock.",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Milan");
  });

  it("names the first of two from the install team, and one who came with her colleague", () => {
    const two = goldenAnswer(
      "rheinwerk",
      "Just want to say Emre and Jonas from your install team were brilliant. WP 9 in two days, spotless.",
    );
    expect(two.first?.text ?? "").toContain("Emre");
    const pair = goldenAnswer(
      "rheinwerk",
      "Muss mal was Positives loswerden: Greta und ihr Kollege haben unsere WP 12 in Brühl eingebaut, alles sauber. Danke!",
    );
    expect(pair.first?.text ?? "").toContain("Greta");
  });

  it("thanks a decaf that 'doesn't taste like cardboard'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "first decaf i've tried that doesn't taste like wet cardboard. finally enjoying my mornings again ☕",
      "x",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("a correction is checked, and what is not ours is no case", () => {
  it("checks a recipe 'I think you mean' and a spec set against the product sheet", () => {
    const recipe = goldenAnswer(
      "kaffeekollektiv",
      "Your iced latte recipe says 2 shots over 100 ml milk. I think you mean 200 ml? I did 100 and it was basically a cortado 😅",
    );
    expect(recipe.first?.strategy).toBe("check-correction");
    const spec = goldenAnswer(
      "rheinwerk",
      "In Ihrem Beitrag heißt es, die WP 9 heize bis −25 °C. Im Produktblatt stehen −20 °C. Bitte korrekt angeben.",
      "linkedin",
    );
    expect(spec.first?.strategy).toBe("check-correction");
  });

  it("answers a question from someone whose own phone is broken with the saved answer", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "wo kann ich den zählerstand eingeben ohne app? mein handy ist kaputt und am pc find ich nix",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });

  it("does not read a house 'with no underfloor heating' as heating gone, nor residual waste as a complaint", () => {
    const house = goldenAnswer(
      "rheinwerk",
      "Do your heat pumps actually work when it's freezing? Our 1950s bungalow has no underfloor heating.",
    );
    expect(house.assessment.intent.complaint).toBeUndefined();
    const bin = goldenAnswer(
      "kaffeekollektiv",
      "Can the valve on your bags be recycled or does the whole bag go in general waste?",
      "linkedin",
    );
    expect(bin.assessment.tone).toBe("question");
  });

  it("reads two lots of the same debit as a billing case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "You've taken two lots of €96 for April. It went out on the 1st and again on the 2nd. Who can help?",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });

  it("leaves weather asked of everyone, and a skull laughing at an ad, without a reply", () => {
    const weather = goldenAnswer(
      "kaffeekollektiv",
      "is it just me or has leipzig had like two sunny days since october. second umbrella this month, im done",
      "x",
    );
    expect(weather.first?.strategy).toBe("no-reply-needed");
    const skull = goldenAnswer(
      "kaffeekollektiv",
      "your new slogan 'coffee that tastes like community' 💀 what does community taste like. burnt oat milk?",
      "x",
    );
    expect(skull.assessment.intent.complaint).toBeUndefined();
    expect(skull.first?.strategy).toBe("do-not-reply");
  });
});

describe("details a lead would say back", () => {
  it("says an amount written without a euro sign whole, and never 'a day' of '5x a day'", () => {
    const amount = goldenAnswer(
      "kaffeekollektiv",
      "abo seit 2 monaten gekündigt und ihr bucht IMMER NOCH 19,90 ab. KK-40001",
      "x",
    );
    expect(amount.assessment.intent.complaint?.problem).toBe("billing");
    expect(amount.first?.text ?? "").toContain("19,90");
    expect(amount.first?.text ?? "").not.toContain("noch 19");
    const often = goldenAnswer(
      "rheinwerk",
      "the Rheinwerk Zuhause app logs me out every time I switch apps. typing my password 6x a day is not it",
      "x",
    );
    expect(often.first?.text ?? "").not.toContain("a day)");
  });

  it("does not read a tariff not offered as a case, nor a town as 'Kreuzberg Spuren'", () => {
    const tariff = goldenAnswer(
      "rheinwerk",
      "Schwach, dass Rheinwerk immer noch keinen dynamischen Stromtarif anbietet. Andere sind da längst weiter.",
      "linkedin",
    );
    expect(tariff.assessment.intent.complaint).toBeUndefined();
    expect(tariff.first?.text ?? "").not.toMatch(/Andere|immer noch keinen/u);
    const peanuts = goldenAnswer(
      "kaffeekollektiv",
      "Sind in den Brownies in Kreuzberg Spuren von Erdnüssen? Meine Tochter ist allergisch.",
    );
    expect(peanuts.first?.text ?? "").not.toContain("Kreuzberg Spuren");
  });
});
