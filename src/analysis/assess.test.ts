import { describe, expect, it } from "vitest";
import type { Role, Tone } from "../shared/assessment";
import type { Author } from "../shared/comment";
import { assessWith } from "./assess";
import { snapshotOf } from "./snapshot";

const judge = (text: string, more: Parameters<typeof snapshotOf>[1] = {}, companyName = "") =>
  assessWith(undefined, snapshotOf(text, more), { companyName });

describe("tone", () => {
  it.each<[string, Tone]>([
    ["Vielen Dank für die schnelle Hilfe, super Service!", "positive"],
    ["Thanks so much, you guys are awesome 👍", "positive"],
    ["Neue Filiale in der Hauptstraße.", "neutral"],
    ["The store opens at nine.", "neutral"],
    ["Wann öffnet die Filiale in Köln?", "question"],
    ["Do you ship to Austria?", "question"],
    ["hab mein passwort für die app vergessen 🙈 wie kann ich das zurücksetzen", "question"],
    // Scare quotes say the opposite; a quoted name is only a name.
    ['Danke für die "schnelle" Bearbeitung meiner Reklamation. Drei Monate. Bravo. 👏', "critical"],
    ["Ich liebe die Sorte „Nordlicht“, danke!", "positive"],
    ["Ihr Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht", "critical"],
    ["Still waiting for my refund after three weeks, really disappointed.", "critical"],
    ["Danke für nichts 🙄 toller Service", "critical"],
    ["Great job, again. Third delay this month 🙄", "critical"],
    ["Kein Problem, danke für die Info!", "positive"],
    ["ICH BIN STINKSAUER!!! Seit Wochen keine Antwort, eine Frechheit!!!", "angry"],
    ["I am absolutely furious, this is a disgrace!!! 😡", "angry"],
    ["I am not saying you are stupid, but the app crashes every day.", "critical"],
    ["Die App stürzt ständig ab.", "critical"],
    ["Du bist so ein Vollidiot", "angry"],
    // Praise before a turn is politeness; the point comes after it.
    ["Shorter queues are nice, but the real problem is the hotline menu.", "critical"],
    ["Die neuen Zeiten sind schön, aber das eigentliche Problem ist die Warteschleife.", "critical"],
  ])("%s → %s", (text, tone) => {
    expect(judge(text).tone).toBe(tone);
  });
});

describe("verdict", () => {
  it("reads swearing at a business as swearing, which is no reason to delete", () => {
    const swearing = judge("Verfluchter Drecksladen!!! Trotzdem kam gestern wieder eine Lieferung.");
    expect(swearing.verdict).toBe("keep");
    expect(swearing.violations.map((v) => v.kind)).toEqual(["profanity"]);
  });

  it("reads a masked swear word as swearing, not as a slur or a threat", () => {
    const masked = judge(
      "Order #KK-10561 got charged to my card but the site says payment failed. Get your s**t together.",
    );
    expect(masked.verdict).toBe("keep");
    expect(masked.violations.map((v) => v.kind)).toEqual(["profanity"]);
  });

  it("allows deletion only for real violations, with the reason and the words", () => {
    const insult = judge("Ihr seid doch alle Vollidioten");
    expect(insult.verdict).toBe("may-delete");
    expect(insult.reasons).toEqual([{ code: "violation-insult", words: ["Vollidioten"] }]);
    const threat = judge("I know where your office is.");
    expect(threat.verdict).toBe("may-delete");
    expect(threat.reasons[0]?.code).toBe("violation-threat");
  });

  it("keeps sharp criticism and says why", () => {
    const criticism = judge("Ihr Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht");
    expect(criticism.verdict).toBe("keep");
    expect(criticism.reasons).toEqual([{ code: "criticism-not-violation" }]);
  });

  it("keeps profanity alone and says it is not enough", () => {
    for (const text of ["Scheiße, das Paket ist schon wieder weg", "Damn, this shit broke again"]) {
      const assessment = judge(text);
      expect(assessment.verdict).toBe("keep");
      expect(assessment.offensive).toBe(true);
      expect(assessment.reasons[0]?.code).toBe("profanity-not-enough");
    }
  });

  it("keeps a friendly comment and says there is no violation", () => {
    expect(judge("Schönes Foto!").reasons).toEqual([{ code: "no-violation" }]);
  });
});

const REACH: Partial<Author> = { verified: true, badges: ["Top Voice"], followers: 48_000 };

describe("role", () => {
  it.each<[string, Parameters<typeof snapshotOf>[1], Role, string]>([
    [
      "Meine Bestellung ist seit drei Wochen nicht da. Sehr enttäuschend.",
      {},
      "disappointed-customer",
      "role-disappointed",
    ],
    [
      "My order arrived broken and support never answered. So disappointed.",
      {},
      "disappointed-customer",
      "role-disappointed",
    ],
    ["Kleiner Hinweis: Das Gründungsjahr war 1998, nicht 1999. Viele Grüße!", {}, "know-it-all", "role-corrects-fact"],
    ["Just to clarify, the event is on the 12th, not the 21st. Thanks!", {}, "know-it-all", "role-corrects-fact"],
    ["Actually, the correct figure is 12 %, not 15 % as in your post.", {}, "know-it-all", "role-corrects-fact"],
    [
      "Shorter queues are nice, but the real problem is the hotline menu. I'm happy to share the data.",
      { author: { name: "Sofia Marin", badges: ["Top Voice"] } },
      "opinion-leader",
      "reach-badge",
    ],
    ["Typo in your post: it's spelled 'definitely'. Cheers", {}, "know-it-all", "role-corrects-fact"],
    [
      "Spannende Initiative! Mein Vorschlag: bindet die Kunden früher ein.",
      { author: REACH },
      "opinion-leader",
      "reach-verified",
    ],
    [
      "Great initiative. Have you considered an idea: open the beta to partners?",
      { author: REACH },
      "opinion-leader",
      "reach-badge",
    ],
    ["Ihr seid alle Idioten", {}, "troll", "role-troll-violation"],
    ["lol ihr Clowns 🤡 wieder mal versagt", {}, "troll", "role-troll-violation"],
    ["lol what a joke of a company 🤡", {}, "troll", "role-troll-mockery"],
    ["Ich liebe eure Produkte, seit Jahren treuer Kunde! Weiter so ❤️", {}, "fan", "role-fan-praise"],
    ["Love this brand, always the best!", {}, "fan", "role-fan-praise"],
    ["Schönes Bild", { author: { badges: ["Top-Fan"] } }, "fan", "role-fan-badge"],
    ["Nice picture", { author: { badges: ["Top fan"] } }, "fan", "role-fan-badge"],
    ["Hier ist das Foto vom Event.", {}, "general", "role-no-signal"],
    ["Here is the photo from the event.", {}, "general", "role-no-signal"],
    ["Danke für eure Kommentare!", { byPageOwner: true }, "general", "role-page-owner"],
  ])("%s → %s", (text, more, role, reason) => {
    const assessment = judge(text, more);
    expect(assessment.role).toBe(role);
    expect(assessment.roleReasons.map((r) => r.code)).toContain(reason);
  });

  it("keeps a swearing customer with a real case a customer, whose insult may go but whose case is answered", () => {
    for (const text of [
      "Meine Bestellung ist seit drei Wochen nicht da, ihr Vollidioten!",
      "My order never arrived and your support is useless, you morons",
    ]) {
      const assessment = judge(text);
      expect(assessment.verdict).toBe("may-delete");
      expect(assessment.role).toBe("disappointed-customer");
      expect(assessment.replyNeeded).toBe(true);
    }
    expect(judge("Ich weiß, wo euer Büro ist. Meine Bestellung ist nicht da.").role).toBe("troll");
  });

  it("names the company as a customer signal", () => {
    const assessment = judge("Acme hat mich wieder enttäuscht.", {}, "Acme");
    expect(assessment.role).toBe("disappointed-customer");
    expect(assessment.roleReasons[0]?.words).toContain("Acme");
  });

  it("takes a follower count as reach", () => {
    const assessment = judge("Interesting numbers, thanks for sharing.", { author: { followers: 25_000 } });
    expect(assessment.role).toBe("opinion-leader");
    expect(assessment.roleReasons).toContainEqual({ code: "reach-followers", words: ["25000"] });
  });
});

describe("priority and reply", () => {
  it("puts threats first and the company's own comments last", () => {
    expect(judge("Ich weiß, wo euer Büro ist").priority).toBeGreaterThan(0.9);
    const own = judge("Danke für eure Geduld!", { byPageOwner: true });
    expect(own.priority).toBe(0);
    expect(own.replyNeeded).toBe(false);
  });

  it("weighs reach whatever the role: a Top Voice's correction comes before an anonymous one", () => {
    const text = "Small correction: the event is on May 12th, not May 21st. Thanks!";
    const known = judge(text, { author: REACH });
    expect(known.role).toBe("know-it-all");
    expect(known.roleReasons.map((r) => r.code)).toContain("reach-verified");
    expect(known.priority).toBeGreaterThan(judge(text).priority);
  });

  it("does not answer a troll's mockery", () => {
    const mockery = judge("You guys are a joke lol 🤡");
    expect(mockery.role).toBe("troll");
    expect(mockery.replyNeeded).toBe(false);
  });

  it("ranks an opinion leader's question above an anonymous one", () => {
    const text = "Wann kommt die neue Version?";
    expect(judge(text, { author: REACH }).priority).toBeGreaterThan(judge(text).priority);
  });

  it.each([
    ["Wann öffnet die Filiale?", true],
    ["Still no refund, disappointed.", true],
    ["Schönes Foto!", false],
    ["You are a moron", false],
  ] as const)("%s → reply needed: %s", (text, needed) => {
    expect(judge(text).replyNeeded).toBe(needed);
  });
});

describe("language", () => {
  it.each([
    ["Ich warte seit drei Wochen auf meine Bestellung", "de"],
    ["I have been waiting three weeks for my order", "en"],
    ["👍👍👍", "und"],
    ["12345", "und"],
  ] as const)("%s → %s", (text, language) => {
    expect(judge(text).language).toBe(language);
  });
});

describe("corrections and offers", () => {
  it("an expert's 'happy to share the data' offers help, it praises nothing", () => {
    const text =
      "As someone who has advised utilities for 15 years: your claim that heat pumps cut bills by 40 % is not supported by the field study. Happy to share the data.";
    const assessment = judge(text);
    expect(assessment.tone).not.toBe("positive");
    expect(assessment.role).toBe("know-it-all");
  });

  it("a correction with a laugh is still a correction owed a thank-you", () => {
    const assessment = judge('@BrightPower you spelled "independent" wrong in your latest post lol', { site: "x" });
    expect(assessment.role).toBe("know-it-all");
    expect(assessment.replyNeeded).toBe(true);
  });
});
