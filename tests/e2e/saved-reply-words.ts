// What the saved-reply browser tests type and expect to read, per interface language (saved-reply-checks.ts).

/** The words of the options page and the panel, and the comments of the "hours" post, per interface language. */
export const WORDS = {
  en: {
    heading: "Saved replies",
    tooMany: "At most 20 topics: you entered 21. Remove some or join them.",
    title: "Title",
    topics: "Topics (comma-separated)",
    language: "Language",
    languageName: "English",
    save: "Save reply",
    update: "Save changes",
    edit: "Edit",
    greeting: "a greeting",
    insert: "Insert",
    offered: "Will be offered",
    notOffered: "Will not be offered",
    missingGreeting: "Your guidelines ask for a greeting at the start.",
    question: "h2",
    rude: "h4",
    reply: {
      title: "Sunday opening hours",
      text: "Hi {name}, thanks for asking! On Sundays we are open from 10 am to 4 pm.",
      topics: "Sunday, opening hours, sunday ",
      chips: ["Sunday", "opening hours"],
    },
    filled: "Hi Chloe, thanks for asking! On Sundays we are open from 10 am to 4 pm.",
    noGreeting: "Thanks for asking, {name}! On Sundays we are open from 10 am to 4 pm.",
    thanks: /thank/i,
    // More replies with problems, for what the list shows and the screenshots.
    others: [
      {
        title: "Returns",
        text: "Hi {name}, thanks for asking! You can return anything you bought from us within 30 days, with or without the receipt. Bring it to any branch or send it back with the prepaid label from your order confirmation. Once it arrives we check it within three working days and let you know by e-mail. If it was a gift, you get a voucher instead.",
        offered: "Not offered on X",
        problems: [/^Too long for X: \d+ of 280 characters\.$/],
      },
      {
        title: "Delivery fee",
        text: "Hi {name}, thanks for letting us know! We'll refund the delivery fee right away.",
        offered: "Will not be offered",
        problems: [/^Promises a refund \(“refund”\), which your guidelines do not allow\.$/],
      },
    ],
  },
  de: {
    heading: "Gespeicherte Antworten",
    tooMany: "Höchstens 20 Themen: Sie haben 21 eingegeben. Entfernen oder fassen Sie einige zusammen.",
    title: "Titel",
    topics: "Themen (durch Kommas getrennt)",
    language: "Sprache",
    languageName: "Deutsch",
    save: "Antwort speichern",
    update: "Änderungen speichern",
    edit: "Bearbeiten",
    greeting: "eine Begrüßung",
    insert: "Einfügen",
    offered: "Wird angeboten",
    notOffered: "Wird nicht angeboten",
    missingGreeting: "Ihre Richtlinien verlangen eine Begrüßung am Anfang.",
    question: "h1",
    rude: "h3",
    reply: {
      title: "Öffnungszeiten am Sonntag",
      // du and Sie alike: the guidelines mirror the commenter, and "habt ihr" asks for du.
      text: "Hallo {name}, danke für die Frage! Sonntags haben wir von 10 bis 16 Uhr geöffnet.",
      topics: "Sonntag, Öffnungszeiten, sonntag ",
      chips: ["Sonntag", "Öffnungszeiten"],
    },
    filled: "Hallo Sarah, danke für die Frage! Sonntags haben wir von 10 bis 16 Uhr geöffnet.",
    noGreeting: "Danke für die Frage, {name}! Sonntags haben wir von 10 bis 16 Uhr geöffnet.",
    thanks: /dank/i,
    others: [
      {
        title: "Rückgabe",
        text: "Hallo {name}, danke für die Frage! Alles, was du bei uns gekauft hast, kannst du innerhalb von 30 Tagen zurückgeben, mit oder ohne Kassenbon. Bring es in eine unserer Filialen oder schick es mit dem Rücksendeetikett aus deiner Bestellbestätigung zurück. Sobald es bei uns ist, prüfen wir es innerhalb von drei Werktagen und schreiben dir eine E-Mail.",
        offered: "Wird nicht überall angeboten",
        problems: [
          /^Bei Sie-Anrede: „du \/ deiner \/ dir“ passt nicht zur Anrede dieser Antwort\.$/,
          /^Zu lang für X: \d+ von 280 Zeichen\.$/,
        ],
      },
      {
        title: "Neue Adresse",
        text: "Guten Tag {name}, vielen Dank für Ihre Nachricht! Unsere Filiale in Köln finden Sie ab Dezember in der Hohe Straße 12.",
        offered: "Nicht angeboten bei du-Anrede",
        problems: [/^Bei du-Anrede: „Ihre \/ Sie“ passt nicht zur Anrede dieser Antwort\.$/],
      },
    ],
  },
} as const;
