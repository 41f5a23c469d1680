import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (third session): batches of sarcasm, small talk and praise, written by helpers
 * to the golden set's two companies. Each was answered wrongly before: the weather thanked as "Lob zum Thema
 * Endlich", the match tonight given a holding reply, "Danke, dass der Monteur … nicht gekommen ist … Ihr seid echt
 * die Besten. Nicht." thanked, a fast repair read as an appointment cancelled.
 */

function assess(text: string, company: "rheinwerk" | "kaffeekollektiv" = "kaffeekollektiv") {
  const comment = snapshotOf(text, { id: "c", site: "facebook", author: { name: "Jo Lenz" } });
  return assessComment(comment, GOLDEN_GUIDELINES[company]);
}

describe("small talk on the page", () => {
  const chat = [
    "Was für ein Sonnenschein heute in Köln ☀️ Endlich Frühling, ich sitz schon aufm Balkon mit nem Kölsch 😎 Euch allen nen schönen Tag!!",
    "[Foto] Das ist Bruno, 3 Jahre, Beagle-Mix 🐶 wollte ihn euch einfach mal zeigen weil er heute soo fotogen war hehe 🥰",
    "@rheinwerk wer schaut heute Fußball? ⚽ Effzeh muss endlich mal wieder gewinnen sonst dreh ich durch 🙈 #KOE",
    "Schönes Wochenende euch allen!! Hier in Leipzig schüttets wie aus Eimern 🌧️🌧️ aber egal, ich hab ne Decke und n gutes Buch 📖",
    "@kaffeekollektiv happy friday y'all!! anyone else's city doing that weird fog thing this morning? 🌫️ feels like a horror movie out there lol",
    "Quick bit of personal news: I got married last weekend 💍 Still smiling. Wishing everyone here a great week!",
    "@rheinwerk who's watching the match tonight? England v Germany, got my mates over and my neighbour is a Bayern fan 😂 gonna be loud",
  ];

  it.each(chat)("needs no reply, and says why: %s", (text) => {
    const assessment = assess(text, text.startsWith("@rheinwerk") ? "rheinwerk" : "kaffeekollektiv");
    expect(assessment.intent.smallTalk).toBe(true);
    expect(assessment.replyNeeded).toBe(false);
    expect(assessment.replyReasons.map((reason) => reason.code)).toContain("reply-not-small-talk");
  });

  it("offers 'no reply needed' first instead of thanks or a holding reply", () => {
    expect(goldenAnswer("rheinwerk", chat[0] as string).first?.strategy).toBe("no-reply-needed");
    expect(goldenAnswer("kaffeekollektiv", chat[4] as string).first?.strategy).toBe("no-reply-needed");
  });

  it.each([
    // Something of the company's, praised or asked about.
    "Bei dem Wetter genau richtig: euer Cold Brew ☀️",
    "Habt ihr bei dem Schnee heute trotzdem offen?",
    "Darf mein Hund mit ins Café? 🐶",
    // Their own dealings with the company, beside the holiday.
    "@kaffeekollektiv tried to pause my subscription for my vacation, the pause button does literally nothing. so I'm just cancelling.",
    // Staff praised by name, in the snow.
    "Ich möchte mal Herrn Öztürk loben! Am Samstag, bei Schnee und minus 8 Grad, kam er zwei Stunden nach meinem Anruf.",
    // Thanks said to the company.
    "Schönes Wochenende und danke euch für den tollen Kaffee heute!",
  ])("is the company's matter when something of theirs is in it: %s", (text) => {
    expect(assess(text).intent.smallTalk).toBeUndefined();
  });
});

describe("praise taken back, thanks for a failure", () => {
  it("reads a closing 'Nicht.' or 'NOT!' as sarcasm, never as praise", () => {
    expect(assess("Ihr seid echt die Besten. Nicht.").intent.sarcasm).toBe(true);
    expect(assess("Best customer service ever. NOT! 🙄").intent.sarcasm).toBe(true);
  });

  it("never thanks 'Danke, dass der Monteur am 3. März einfach nicht gekommen ist … Ihr seid echt die Besten. Nicht.'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Also ich muss jetzt echt mal DANKE sagen 🙏 Danke, dass der Monteur am 3. März einfach nicht gekommen ist, obwohl ich extra Urlaub genommen hatte. Danke, dass am Telefon keiner wusste warum. Und danke, dass mir die nette Dame dann einen neuen Termin im Mai angeboten hat. MAI!!! Für eine Solaranlage, die seit Oktober bezahlt ist. Ihr seid echt die Besten. Nicht.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toMatch(/thank/u);
    expect(first?.text).toMatch(/3\. März/u);
  });

  it("reads 'Thank you SO much for charging me twice' as a billing case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Thank you SO much for charging me twice for the same subscription box this month (2x €21.90). Really appreciate the chance to support your business double 🙏🙏",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).toMatch(/charged €21\.90 twice/u);
  });

  it("reads a café shut when it should be open as the guest's case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Hut ab @kaffeekollektiv 🎩 Kreuzberg heute um 8:15 immer noch zu, obwohl angeblich ab 7:30 offen. Standen zu sechst vor der Tür. Top 👍",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toMatch(/thank/u);
  });
});

describe("praise that tells of a problem put right", () => {
  it("thanks a fast repair given 'Respekt', never says an appointment was cancelled", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk Sonntagabend 22 Uhr WP ausgefallen, Störungsdienst angerufen, Montag 7:30 stand der Techniker in Brühl vor der Tür, um 9 lief alles wieder. Respekt 👍👍",
      "x",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/abgesagt|ärgerlich/u);
  });

  it("thanks 'credit where it's due: the technician … fixed it in an hour', no refund case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Okay, I was the one ranting on here last week about the error on our WP 9. Credit where it's due: the technician came Saturday morning, fixed it in an hour and explained everything to my wife and me. Thank you, genuinely – no sarcasm this time 😄",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("thanks an update on a parcel replaced", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kurzes Update zu meinem Motzpost von letzter Woche: Das kaputte Paket (Bestellung 77310) wurde ersetzt, die neuen Bohnen waren nach 2 Tagen da und die Nachricht von Aylin war super lieb. So geht das! Danke euch 🙏",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Aylin/u);
  });

  it("does not take „Danke für nichts“ quoted from a brother-in-law for the writer's own sarcasm", () => {
    const assessment = assess(
      "Mein Schwager meinte ja, bei Rheinwerk heißt es am Ende eh nur „Danke für nichts“. Tja, Schwager: Den Förderantrag für unsere Wärmepumpe hat euer Förderservice komplett mit uns gemacht, Zuschuss ist bewilligt 🎉 Grüße an Frau Demir, die hatte echt Engelsgeduld mit uns 😅",
      "rheinwerk",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.tone).toBe("positive");
  });

  it("does not take an award's quoted title for scare quotes", () => {
    const assessment = assess(
      "@kaffeekollektiv your Yirgacheffe won 'Best Filter Coffee' at the Hamburg Coffee Fest and honestly? deserved. been brewing it in my V60 all month 🏆☕",
    );
    expect(assessment.tone).toBe("positive");
    expect(assessment.role).toBe("fan");
  });
});

describe("no licence for a story or an English verb", () => {
  it("keeps a past deed told with its doer ('the celestial dragon killed him'), still licenses a wish", () => {
    expect(assess("@user i dont think he did the celestial dragon killed him").verdict).toBe("keep");
    expect(assess("I hope he gets killed").verdict).toBe("may-delete");
    expect(assess("He should be fired. And shot.").verdict).toBe("may-delete");
  });

  it("does not read the English 'made ya' as the German 'Made'", () => {
    expect(assess("@user hahaha, made ya eat crow....").violations).toEqual([]);
    expect(assess("Du Made!").verdict).toBe("may-delete");
  });
});
