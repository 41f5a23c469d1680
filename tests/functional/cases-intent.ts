import { each, type FunctionalCase } from "./suite";

/** What a comment wants: a case to handle, criticism dressed as praise, a word to someone else, a question. */
export const INTENT_CASES: FunctionalCase[] = [
  ...each(
    "intent: complaint as a problem statement",
    "de",
    [
      "Ich kann mich seit dem Update nicht mehr einloggen.",
      "Mein Paket ist nach zwei Wochen immer noch nicht angekommen.",
      "Mir wurden 49,99 € doppelt abgebucht.",
      "Seit drei Wochen keine Antwort auf meine Reklamation.",
      "Die Kaffeemaschine ist nach zwei Tagen kaputt gegangen.",
      "Ich hänge seit 40 Minuten in eurer Warteschleife.",
      "Die Rückerstattung für meine Stornierung ist bis heute nicht da.",
      "Bei der Bestellung kommt immer eine Fehlermeldung.",
      "Unser Zug ist ausgefallen und niemand sagt uns etwas.",
      "Die Lieferung war unvollständig, es fehlen zwei Teile.",
    ],
    { complaint: true, role: "disappointed-customer", replyNeeded: true, verdict: "keep" },
  ),
  ...each(
    "intent: complaint as a problem statement",
    "en",
    [
      "I cannot proceed with check in.",
      "Currently stranded at the airport, my accessible room was given away! No rooms.",
      "My order hasn't arrived after 10 days.",
      "I was charged twice for the same order.",
      "The app keeps crashing when I try to pay.",
      "Still waiting for my refund since March.",
      "Been on hold for 45 minutes now.",
      "My flight got cancelled and nobody at the desk can help.",
      "The package was delivered to the wrong address.",
      "Can't log in since yesterday's update.",
    ],
    { complaint: true, role: "disappointed-customer", replyNeeded: true, verdict: "keep" },
  ),
  ...each(
    "intent: sarcasm is criticism",
    "de",
    [
      "Toll gemacht, wirklich. Dritte Preiserhöhung in einem Jahr … Weiter so 👏",
      "Danke für nichts.",
      "Super Service, drei Wochen auf eine Antwort gewartet.",
      "Na toll, schon wieder verspätet. Großartige Leistung!",
      "Wahnsinn, wie schnell ihr seid. Nur 14 Tage für eine E-Mail 🙄",
      "Bravo, jetzt geht gar nichts mehr. Glückwunsch zum Update.",
    ],
    { sarcasm: true, tone: ["critical", "angry"], role: ["disappointed-customer", "general"], verdict: "keep" },
  ),
  ...each(
    "intent: sarcasm is criticism",
    "en",
    [
      "Great job guys, third delay this month. Keep it up 👏",
      "Thanks for nothing.",
      "Wow, amazing customer service, two hours on hold.",
      "Love how my package got lost again. Brilliant.",
      "Fantastic update, now nothing works at all 🙄",
      "Well done, another price increase. Bravo.",
    ],
    { sarcasm: true, tone: ["critical", "angry"], role: ["disappointed-customer", "general"], verdict: "keep" },
  ),
  ...each(
    "intent: addressed to another commenter",
    "de",
    [
      "@Martin du hast doch keine Ahnung, lies erstmal den Artikel.",
      "@Julia genau meine Meinung!",
      "@Peter Schmidt da hast du völlig recht.",
      "@Anna Ich sehe das anders als du, aber danke für deine Sicht.",
    ],
    { addressedTo: "commenter", replyNeeded: false },
  ),
  ...each(
    "intent: addressed to another commenter",
    "en",
    [
      "@Mark you clearly didn't read the article.",
      "@Sarah totally agree with you!",
      "@John Miller you're right about that.",
      "@Emma I see it differently, but thanks for sharing your view.",
    ],
    { addressedTo: "commenter", replyNeeded: false },
  ),
  ...each(
    "intent: politics and the world, not the company",
    "de",
    [
      "Die Regierung muss endlich die Grenzen dichtmachen.",
      "Die Ampel hat dieses Land ruiniert.",
      "Die Grünen sind an allem schuld.",
      "Wählt bei der nächsten Bundestagswahl bloß nicht die SPD.",
      "Der Kanzler sollte endlich zurücktreten.",
    ],
    { offTopic: true, replyNeeded: false },
  ),
  ...each(
    "intent: politics and the world, not the company",
    "en",
    [
      "The government needs to close the borders now.",
      "Congress has ruined this country.",
      "The Democrats are to blame for everything.",
      "Don't vote for the Republicans in the next election.",
      "The prime minister should resign.",
    ],
    { offTopic: true, replyNeeded: false },
  ),
  ...each("intent: question kind", "de", ["Wann habt ihr am Samstag geöffnet?", "Habt ihr an Feiertagen offen?"], {
    question: "opening-hours",
    replyNeeded: true,
  }),
  ...each(
    "intent: question kind",
    "de",
    ["Wie lange dauert der Versand nach Österreich?", "Wann wird meine Bestellung geliefert?"],
    { question: "delivery", replyNeeded: true },
  ),
  ...each("intent: question kind", "de", ["Was kostet das Abo im Jahr?", "Wie teuer ist die Premium-Version?"], {
    question: "price",
    replyNeeded: true,
  }),
  ...each(
    "intent: question kind",
    "de",
    ["Wie kann ich mein Passwort zurücksetzen?", "Wie lösche ich mein Kundenkonto?"],
    { question: "account", replyNeeded: true },
  ),
  ...each(
    "intent: question kind",
    "de",
    ["Wie bekomme ich mein Geld zurück?", "Kann ich das Ticket erstatten lassen?"],
    { question: "refund", replyNeeded: true },
  ),
  ...each("intent: question kind", "en", ["What are your opening hours on Sunday?", "Are you open on bank holidays?"], {
    question: "opening-hours",
    replyNeeded: true,
  }),
  ...each(
    "intent: question kind",
    "en",
    ["How long does shipping to Canada take?", "When will my order be delivered?"],
    { question: "delivery", replyNeeded: true },
  ),
  ...each("intent: question kind", "en", ["How much is the premium plan?", "What does the yearly subscription cost?"], {
    question: "price",
    replyNeeded: true,
  }),
  ...each("intent: question kind", "en", ["How do I reset my password?", "How can I delete my account?"], {
    question: "account",
    replyNeeded: true,
  }),
  ...each("intent: question kind", "en", ["How do I get my money back?", "Can I get a refund for my ticket?"], {
    question: "refund",
    replyNeeded: true,
  }),
];
