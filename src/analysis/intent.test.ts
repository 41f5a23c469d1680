import { describe, expect, it } from "vitest";
import { assessWith } from "./assess";
import { snapshotOf } from "./snapshot";

// The rules alone (no model): what a comment wants does not depend on the offensive-language model.
const intentOf = (text: string, companyName = "Nordlicht") =>
  assessWith(undefined, snapshotOf(text), { companyName }).intent;

describe("intent: a complaint stated as a problem", () => {
  it.each([
    ["Ich kann mich seit dem Update nicht mehr einloggen.", "login"],
    ["Mir wurden 49,99 € doppelt abgebucht.", "billing"],
    ["Mein Paket ist nach zwei Wochen immer noch nicht angekommen.", "delivery"],
    ["Unser Zug ist ausgefallen und niemand sagt uns etwas.", "travel"],
    ["Still waiting for my refund since March.", "refund"],
    ["The app keeps crashing when I try to pay.", "defect"],
    ["Been on hold for 45 minutes now.", "waiting"],
    ["Wir haben seit gestern Abend kein Warmwasser, zwei kleine Kinder im Haus.", "other"],
    ["You changed the app and now I can't find my monthly bills anywhere.", "defect"],
  ])("%s → %s", (text, problem) => {
    expect(intentOf(text).complaint?.problem).toBe(problem);
  });

  // Told as the writer's own, a failure is a case even without a product word: plain statements to a company.
  it.each([
    "I bought the season pass and never got the extra credits.",
    "I won the bike in the raffle but it's not there, pls help",
    "Windows won't let me install any updates on my laptop, tried everything.",
    "I'm not receiving the code to reset the password.",
    "Someone hacked my profile and changed the recovery mail.",
    "Ich habe die Gutscheine bezahlt, bekomme aber keine Mail mit dem Code.",
    "Mein Profil wurde gesperrt, ohne dass ich etwas getan habe.",
    "Die Seite lässt mich seit gestern nicht mehr rein, ich hänge im Ladebildschirm fest.",
    "Warum antwortet ihr eigentlich nie auf Nachrichten? Ich habe euch dreimal geschrieben.",
    "Laut Sendungsverfolgung zugestellt, aber hier ist nichts angekommen.",
    "You never answer your messages, I have written three times now.",
    "Seit dem Update stürzt die App bei mir jedes Mal beim Bezahlen ab. Samsung S23.",
    "Seit Oktober zahle ich 40 Euro mehr Abschlag und niemand kann mir erklären warum.",
    "Mein Abschlag wurde einfach von 89 auf 142 Euro erhöht, ohne dass mir das irgendwer erklärt hat.",
    "Gestern im Shop bestellt, mit PayPal bezahlt, aber keine Bestellbestätigung bekommen.",
  ])("a failure told as one's own is a case: %s", (text) => {
    expect(intentOf(text).complaint).toBeDefined();
  });

  it.each([
    "Ich kann das nicht nachvollziehen.",
    "Es geht mir nicht darum, wer recht hat.",
    "Mir fehlen die Worte.",
    "Wir haben nur ein Problem: die Regierung.",
    "I'm lost, are those new colours?",
    "pretty sure Hamburg-Ottensen isn't open till 8pm on saturdays? your website says 6",
    "Funktioniert wieder, danke!",
    "I can't wait for the new collection!",
    "Tolles Produkt, alles bestens angekommen.",
  ])("is no case when nothing failed: %s", (text) => {
    expect(intentOf(text).complaint).toBeUndefined();
  });
});

describe("intent: sarcasm", () => {
  it.each([
    "Danke für nichts.",
    "Super Service, drei Wochen auf eine Antwort gewartet.",
    "Great job guys, third delay this month. Keep it up 👏",
    "Wahnsinn, wie schnell ihr seid. Nur 14 Tage für eine E-Mail 🙄",
    "You changed the app and now I can't find my monthly bills anywhere. Great update.",
  ])("praise said of a negative fact is sarcasm: %s", (text) => {
    expect(intentOf(text).sarcasm).toBe(true);
  });

  it.each([
    "Toller Service, aber die Lieferung hat etwas gedauert.",
    "Vielen Dank für die schnelle Hilfe!",
    "Great product, thanks again!",
    "your app keeps logging me out every few minutes on my iPhone. super annoying",
  ])("praise with a plain 'but', plain praise, or praise words that intensify a complaint are not: %s", (text) => {
    expect(intentOf(text).sarcasm).toBe(false);
  });
});

describe("intent: whom it speaks to", () => {
  it("a leading @name is another commenter, unless it is the company", () => {
    expect(intentOf("@Martin du hast doch keine Ahnung.").addressedTo).toBe("commenter");
    expect(intentOf("@Nordlicht_Service wann liefert ihr?").addressedTo).toBe("company");
    expect(intentOf("Wann liefert ihr endlich?").addressedTo).toBe("company");
  });

  it("a leading mention of the account that owns the post speaks to the company, whatever its name", () => {
    const onPost = (text: string, threadOwner?: string) =>
      assessWith(undefined, snapshotOf(text, { site: "x", ...(threadOwner ? { threadOwner } : {}) }), {
        companyName: "Deutsche Bahn",
      });
    const stuck = "@DB_Bahn mein Zug steht seit einer Stunde vor Köln, niemand sagt etwas.";
    expect(onPost(stuck, "DB_Bahn").intent.addressedTo).toBe("company");
    expect(onPost(stuck, "DB_Bahn").replyNeeded).toBe(true);
    // Without the post's owner, an unknown handle is another commenter unless the comment puts a case to it.
    expect(onPost("@DB_Bahn wo findet man die neuen Einstellungen?").intent.addressedTo).toBe("commenter");
    expect(onPost("@DB_Bahn wo findet man die neuen Einstellungen?", "DB_Bahn").intent.addressedTo).toBe("company");
    expect(onPost(stuck).intent.addressedTo).toBe("company");
    // X opens a reply with every handle of the conversation: one of them being the company's is enough.
    expect(onPost("@Martin @db_bahn my order 4471 never arrived", "DB_Bahn").intent.addressedTo).toBe("company");
    expect(onPost("@Martin haha same, wir warten auch", "DB_Bahn").intent.addressedTo).toBe("commenter");
  });

  it("politics that does not speak to the company is off-topic; politics asked of the company is not", () => {
    expect(intentOf("Die Regierung muss endlich zurücktreten.").offTopic).toBe(true);
    expect(intentOf("Don't vote for the Republicans in the next election.").offTopic).toBe(true);
    expect(intentOf("Wie steht ihr als Unternehmen zur Wahl?").offTopic).toBe(false);
  });
});

describe("intent: what a question asks about", () => {
  it.each([
    ["Wann habt ihr am Samstag geöffnet?", "opening-hours"],
    ["Wie lange dauert der Versand nach Österreich?", "delivery"],
    ["Was kostet das Abo im Jahr?", "price"],
    ["How do I reset my password?", "account"],
    ["Can I get a refund for my ticket?", "refund"],
    ["Is the blue one back in stock?", "availability"],
    ["Wie erreiche ich euren Kundenservice?", "contact"],
    ["Warum heißt ihr eigentlich so?", "other"],
  ])("%s → %s", (text, kind) => {
    expect(intentOf(text).question).toBe(kind);
  });
});
