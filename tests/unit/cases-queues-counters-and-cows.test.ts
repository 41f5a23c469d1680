import { describe, expect, it } from "vitest";
import { checkDraft } from "../../src/replies/check-draft";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * From the sixteenth session of 2026-12-06 (batches 327–334), each answered wrongly before, tested here in wordings of
 * our own: a wait in the queue told as a death offered for deletion as a threat, sarcasm about a post thanked for its
 * kind words, a case with a kind word thanked as praise, glad words taken for criticism, a scornful idiom answered with
 * the opening hours, a journalist and a business owner answered as a case and as an argument, an insult missed, and
 * problems told without the usual words left unanswered; and from real comments (training parts only), a login
 * case read as a defect and a rant about the country answered as criticism of us.
 */

describe("what is deletable", () => {
  it("does not read a wait in the queue told as a death as a threat; a death wished on someone still is one", () => {
    const queue = goldenAnswer("rheinwerk", "Zweimal in der Hotline verreckt, Kundennummer 4411023, macht endlich was");
    expect(queue.assessment.verdict).not.toBe("may-delete");
    expect(queue.assessment.violations.map((v) => v.kind)).not.toContain("threat");
    const wished = goldenAnswer("rheinwerk", "Ihr sollt alle in der Hölle verrecken");
    expect(wished.assessment.violations.map((v) => v.kind)).toContain("threat");
  });

  it("reads a member of staff called a stuck-up cow as an insult", () => {
    const cow = goldenAnswer("kaffeekollektiv", "The woman at the till in Ottensen is a stuck up cow.");
    expect(cow.assessment.violations.map((v) => v.kind)).toContain("insult");
  });
});

describe("sarcasm and praise", () => {
  it("does not thank sarcasm about a post beside what is still missing or waited for", () => {
    for (const text of [
      "Great post about customer care. Would be even better if someone answered my emails.",
      "Lovely campaign. We wait now 40 days for the installer to come back.",
    ]) {
      const answer = goldenAnswer("rheinwerk", text, "linkedin");
      expect(answer.assessment.intent.complaint).toBeDefined();
      expect(answer.first?.strategy).not.toBe("thank-specifically");
      expect(answer.first?.text ?? "").not.toMatch(/kind words|thank you/iu);
    }
    const portal = goldenAnswer(
      "rheinwerk",
      "Nice to see Rheinwerk posting about 'service excellence' while my final bill still isn't in the portal.",
      "linkedin",
    );
    expect(portal.assessment.intent.complaint?.problem).toBe("billing");
  });

  it("answers a case told beside a kind word as the case, not as praise", () => {
    const boxes = goldenAnswer(
      "kaffeekollektiv",
      "Wir haben bei euch 10 Geschenkboxen bestellt. Die Tassen sind schön, die Idee kam sonst super an – aber bei 3 davon waren die Tüten aufgerissen. Wie läuft das mit Ersatz?",
    );
    expect(boxes.first?.strategy).not.toBe("thank-specifically");
    expect(boxes.first?.text ?? "").not.toMatch(/Lob|freundlichen Worte/u);
  });

  it("thanks praise that tells of the writer's own attempts failing", () => {
    const bun = goldenAnswer(
      "kaffeekollektiv",
      "Loved the cardamom bun in Leipzig, been trying to bake it at home for weeks and failing 😂 Thank you!",
    );
    expect(bun.assessment.tone).toBe("positive");
    expect(bun.first?.strategy).toBe("thank-specifically");
  });

  it("reads no sarcasm into another shop's coffee and no missing thing into longing", () => {
    const supermarket = goldenAnswer(
      "kaffeekollektiv",
      "Is your decaf any good? The supermarket stuff tastes like cardboard",
      "x",
    );
    expect(supermarket.assessment.intent.sarcasm).toBe(false);
    expect(supermarket.first?.strategy).toBe("holding-reply");
    const longing = goldenAnswer(
      "kaffeekollektiv",
      "Do you have decaf? Missing real coffee so much since I'm pregnant",
      "x",
    );
    expect(longing.assessment.intent.complaint).toBeUndefined();
  });
});

describe("questions", () => {
  it("answers scorn and an invoice to a firm without the opening hours", () => {
    const scorn = goldenAnswer("kaffeekollektiv", "3,90 für nen Espresso? Habt ihr den Arsch offen?");
    expect(scorn.assessment.intent.question).not.toBe("opening-hours");
    expect(scorn.first?.text ?? "").not.toMatch(/Öffnungszeiten|geöffnet/u);
    const invoice = goldenAnswer(
      "kaffeekollektiv",
      "Wir sind ein Büro in Leipzig mit 40 Leuten. Macht ihr auch Lieferung auf Rechnung auf die Firma?",
      "linkedin",
    );
    expect(invoice.assessment.intent.question).toBe("other");
    expect(invoice.first?.text ?? "").not.toMatch(/geöffnet/u);
  });

  it("holds a journalist's request and a business owner's question instead of a case or an argument", () => {
    const press = goldenAnswer(
      "kaffeekollektiv",
      "I'm writing a piece on the staff shortage in cafés. Could someone talk to me this week?",
      "linkedin",
    );
    expect(press.assessment.intent.complaint).toBeUndefined();
    expect(press.first?.text ?? "").not.toMatch(/sorry/iu);
    const owner = goldenAnswer(
      "rheinwerk",
      "I run a small physio practice in Porz. Can tenants order a solar system with you or must the landlord do it?",
      "linkedin",
    );
    expect(owner.assessment.role).not.toBe("opinion-leader");
    expect(owner.first?.strategy).toBe("holding-reply");
  });

  it("reads questions asked without their mark", () => {
    const grind = goldenAnswer("kaffeekollektiv", "kriegt man die bohnen auch gemahlen oder is das bei euch tabu", "x");
    expect(grind.assessment.intent.question).toBeDefined();
    const how = goldenAnswer(
      "rheinwerk",
      "Im Brief steht, wir sollen die Zahlen selbst durchgeben. Wie geht das denn, ich habe kein Handy mit Apps.",
    );
    expect(how.assessment.tone).toBe("question");
  });

  it("answers a question about oat milk with the saved answer, lactose intolerance told or not", () => {
    const oat = goldenAnswer(
      "kaffeekollektiv",
      "Kostet Hafermilch bei euch in Kreuzberg auch extra?? Bei den meisten Cafés zahl ich 50 cent drauf und das nervt als Laktoseintolerante echt",
    );
    expect(oat.first?.savedReplyId).toBe("kk-pflanzendrinks");
  });

  it("reads a queue asked about as a question, not as a wait had", () => {
    const queue = goldenAnswer(
      "rheinwerk",
      "Muss ich wirklich in der Warteschleife hängen, um meinen Abschlag zu ändern?",
    );
    expect(queue.assessment.intent.complaint).toBeUndefined();
    expect(queue.first?.text ?? "").not.toMatch(/warten mussten/u);
  });

  it("leaves politics the writer says the company cannot help to the readers", () => {
    const law = goldenAnswer("rheinwerk", "Das Heizungsgesetz ist Murks aus Berlin, da könnt ihr ja nix dafür.");
    expect(law.assessment.replyNeeded).toBe(false);
    expect(law.first?.strategy).toBe("no-reply-needed");
  });
});

describe("cases told in other words", () => {
  it("reads staff who shrugged, a cable left dangling and bags torn half open as cases", () => {
    const shrug = goldenAnswer(
      "kaffeekollektiv",
      "the cold brew at Ottensen tasted like water and the guy at the counter just shrugged",
    );
    expect(shrug.assessment.intent.complaint).toBeDefined();
    expect(shrug.first?.text ?? "").not.toMatch(/trouble with the counter/u);
    const cable = goldenAnswer(
      "rheinwerk",
      "Seit dem Einbau baumelt bei uns das Kabel aus der Wand. Wer repariert das?",
    );
    expect(cable.assessment.intent.complaint).toBeDefined();
    const torn = goldenAnswer("kaffeekollektiv", "die tüte war halb offen und die hälfte bruch. bestellung KK-33321");
    expect(torn.first?.text ?? "").toMatch(/beschädigt angekommen/u);
  });

  it("says the wrong goods came when the right ones are asked for", () => {
    const wrong = goldenAnswer(
      "kaffeekollektiv",
      "Order KK-22222 arrived with two bags of decaf. Can you send the right ones?",
    );
    expect(wrong.first?.text ?? "").toMatch(/didn't arrive as ordered/u);
  });

  it("takes up a job left unfinished with its reference, whose capitals are no shouting", () => {
    const roof = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk roof was meant to be finished on Monday, nobody's turned up since. job ref AB-XYZ-12345",
      "x",
    );
    expect(roof.first?.strategy).toMatch(/^case-/u);
    expect(roof.first?.text ?? "").toContain("AB-XYZ-12345");
    const check = checkDraft(
      "We're checking your request RW-SOL-20931 and will get back to you by Wednesday.",
      { language: "en" },
      { ...GOLDEN_GUIDELINES.rheinwerk, required: { greeting: false, thanks: false, name: false } },
    );
    expect(check.findings.map((finding) => finding.code)).not.toContain("all-caps");
  });
});

describe("real comments (training parts only)", () => {
  it("reads an account the writer cannot log into as a login case", () => {
    const login = goldenAnswer("kaffeekollektiv", "Since the update I can't log into the shop anymore. Help?", "x");
    expect(login.assessment.intent.complaint?.problem).toBe("login");
  });

  it("leaves a rant about the country to the readers", () => {
    const rant = goldenAnswer("kaffeekollektiv", "Die wollen das Schland endgültig ruinieren 🤢", "x");
    expect(rant.assessment.intent.offTopic).toBe(true);
    expect(rant.first?.text ?? "").not.toMatch(/nehmen wir ernst/u);
  });
});
