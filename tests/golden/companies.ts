/**
 * The guidelines of the two invented companies the golden set is written for, in the planned guidelines format.
 * Every fact a golden reference states (numbers, hours, prices, addresses) comes from here: Gelassen must never
 * invent facts, only use the company's own. Written for this project; both companies and all their facts are made up.
 */

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface GoldenSavedReply {
  id: string;
  title: string;
  /** May contain `{name}` for the commenter's name. */
  text: string;
  language: "de" | "en" | "any";
  /** Keywords and example questions this reply answers. */
  topics: string[];
}

export interface GoldenGuidelines {
  companyName: string;
  addressForm: "sie" | "du";
  signOff: string;
  contactChannel: string;
  avoidPhrases: string[];
  businessHours: { days: Weekday[]; from: string; to: string };
  holdingDeadlineHours: number;
  maxLength: { facebook: number; x: number; linkedin: number };
  savedReplies: GoldenSavedReply[];
}

export const COMPANIES: Record<"rheinwerk" | "kaffeekollektiv", GoldenGuidelines> = {
  rheinwerk: {
    companyName: "Rheinwerk",
    addressForm: "sie",
    // One sign-off for German and English posts, so it must read well in both.
    signOff: "– Team Rheinwerk",
    contactChannel: "service@rheinwerk.example",
    avoidPhrases: [
      "Unannehmlichkeiten",
      "Wir bitten um Ihr Verständnis",
      "Wie bereits erwähnt",
      "Beruhigen Sie sich",
      "Das ist nicht unsere Schuld",
      "Kein Problem",
      "any inconvenience",
      "calm down",
      "as per our policy",
      "as previously stated",
    ],
    businessHours: { days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" },
    holdingDeadlineHours: 24,
    maxLength: { facebook: 800, x: 280, linkedin: 1000 },
    savedReplies: [
      {
        id: "rw-hotline",
        title: "Hotline und Servicezeiten",
        text: "Hallo {name}, unseren Kundenservice erreichen Sie unter 0221 555 0190, montags bis freitags von 8 bis 18 Uhr und samstags von 9 bis 13 Uhr. Bei einer Störung Ihrer Wärmepumpe ist unser Störungsdienst rund um die Uhr unter 0221 555 0199 für Sie da.",
        language: "de",
        topics: [
          "Hotline",
          "Servicezeiten",
          "Telefonnummer Kundenservice",
          "Wann ist der Kundenservice erreichbar?",
          "Störungsdienst",
          "Notdienst Wärmepumpe",
        ],
      },
      {
        id: "rw-zaehlerstand",
        title: "Zählerstand melden",
        text: "Hallo {name}, Ihren Zählerstand können Sie in der App „Rheinwerk Zuhause“ unter „Zähler“ eingeben oder ohne Anmeldung unter rheinwerk.example/zaehlerstand – dafür brauchen Sie nur Ihre Kundennummer und die Zählernummer.",
        language: "de",
        topics: [
          "Zählerstand melden",
          "Zählerstand eingeben",
          "Ablesung",
          "Wo gebe ich meinen Zählerstand ein?",
          "Zählerstand ohne App",
        ],
      },
      {
        id: "rw-abschlag",
        title: "Abschlag selbst ändern",
        text: "Hallo {name}, Ihren monatlichen Abschlag können Sie in der App „Rheinwerk Zuhause“ unter „Vertrag > Abschlag“ oder im Kundenportal unter rheinwerk.example/abschlag selbst anpassen. Die Änderung gilt ab dem nächsten Abbuchungstermin.",
        language: "de",
        topics: [
          "Abschlag ändern",
          "Abschlag anpassen",
          "Wie kann ich meinen Abschlag senken?",
          "Abschlagszahlung erhöhen",
        ],
      },
      {
        id: "rw-rechnung",
        title: "Rechnung und Jahresabrechnung finden",
        text: "Hallo {name}, Ihre Rechnungen und die Jahresabrechnung finden Sie in der App „Rheinwerk Zuhause“ unter „Dokumente“ oder im Postfach unter rheinwerk.example/portal. Die Jahresabrechnung steht dort spätestens sechs Wochen nach der Ablesung bereit.",
        language: "de",
        topics: [
          "Rechnung finden",
          "Jahresabrechnung",
          "Wo finde ich meine Rechnung?",
          "Rechnung herunterladen",
          "Postfach Kundenportal",
        ],
      },
      {
        id: "rw-passwort",
        title: "Passwort der App zurücksetzen",
        text: "Hallo {name}, tippen Sie in der App „Rheinwerk Zuhause“ beim Anmelden auf „Passwort vergessen“. Sie bekommen dann einen Link an Ihre hinterlegte E-Mail-Adresse, der 30 Minuten gültig ist. Kommt keine E-Mail an, sehen Sie bitte im Spam-Ordner nach.",
        language: "de",
        topics: [
          "Passwort vergessen",
          "Passwort zurücksetzen",
          "neues Passwort für die App",
          "Wie setze ich mein Passwort zurück?",
        ],
      },
      {
        id: "rw-foerderung",
        title: "Förderung für Wärmepumpen",
        text: "Hallo {name}, für den Einbau einer Wärmepumpe gibt es staatliche Förderung. Unser Förderservice prüft, welche Zuschüsse für Sie infrage kommen, und stellt den Antrag mit Ihnen – mit Einbauauftrag kostenlos. Infos: rheinwerk.example/foerderung",
        language: "de",
        topics: [
          "Förderung Wärmepumpe",
          "Zuschuss",
          "KfW",
          "Förderantrag",
          "Gibt es Förderung für die Wärmepumpe?",
          "Helfen Sie beim Antrag?",
        ],
      },
      {
        id: "rw-wp-winter",
        title: "Wärmepumpe im Winter und im Altbau",
        text: "Hallo {name}, unsere Wärmepumpen WP 9 und WP 12 heizen bis zu einer Außentemperatur von −20 °C zuverlässig. Vor jedem Angebot berechnen wir vor Ort kostenlos die Heizlast Ihres Hauses, damit die Wärmepumpe auch im Altbau passt: rheinwerk.example/heizlast",
        language: "de",
        topics: [
          "Wärmepumpe im Winter",
          "Wärmepumpe bei Frost",
          "Funktioniert eine Wärmepumpe bei Minusgraden?",
          "Wärmepumpe im Altbau",
          "Heizlastberechnung",
        ],
      },
      {
        id: "rw-einbau-dauer",
        title: "Wartezeit und Dauer des Einbaus",
        text: "Hallo {name}, vom Vor-Ort-Termin bis zum Einbau Ihrer Wärmepumpe vergehen derzeit etwa 8 bis 12 Wochen. Der Einbau selbst dauert zwei bis drei Tage.",
        language: "de",
        topics: [
          "Wie lange dauert der Einbau?",
          "Wartezeit Wärmepumpe",
          "Einbautermin",
          "Wann wird die Wärmepumpe eingebaut?",
        ],
      },
      {
        id: "rw-hotline-en",
        title: "Service line and hours (English)",
        text: "Hello {name}, our customer service is on +49 221 555 0190, Mon–Fri 8 am–6 pm and Sat 9 am–1 pm (CET). For help in English, write to service@rheinwerk.example and we'll reply in English. If your heat pump breaks down, call +49 221 555 0199, day and night.",
        language: "en",
        topics: [
          "hotline",
          "phone number",
          "customer service hours",
          "help in English",
          "Is there a number I can call?",
          "emergency service",
        ],
      },
      {
        id: "rw-heat-pump-winter-en",
        title: "Heat pumps in winter and older homes (English)",
        text: "Hello {name}, our WP 9 and WP 12 heat pumps heat reliably down to an outdoor temperature of −20 °C. Before every quote we calculate your home's heat load on site, free of charge, so the heat pump suits older buildings too: rheinwerk.example/heizlast",
        language: "en",
        topics: [
          "heat pump in winter",
          "Does a heat pump work in freezing weather?",
          "heat pump in an old house",
          "heat load survey",
        ],
      },
    ],
  },
  kaffeekollektiv: {
    companyName: "Kaffeekollektiv",
    addressForm: "du",
    signOff: "– Team Kaffeekollektiv",
    contactChannel: "per DM",
    avoidPhrases: [
      "Sehr geehrte",
      "Mit freundlichen Grüßen",
      "Wir bitten um Verständnis",
      "Unannehmlichkeiten",
      "liebe Kundin",
      "lieber Kunde",
      "Dear customer",
      "valued customer",
      "Sorry for the inconvenience",
    ],
    businessHours: { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", to: "18:00" },
    holdingDeadlineHours: 48,
    maxLength: { facebook: 500, x: 280, linkedin: 700 },
    savedReplies: [
      {
        id: "kk-oeffnungszeiten",
        title: "Öffnungszeiten der Cafés",
        text: "Hey {name}, unsere Cafés in Berlin-Kreuzberg, Hamburg-Ottensen und Leipzig-Südvorstadt haben montags bis freitags von 7:30 bis 19 Uhr und am Wochenende von 9 bis 18 Uhr geöffnet. An Feiertagen gelten die Wochenendzeiten.",
        language: "de",
        topics: [
          "Öffnungszeiten",
          "Wann habt ihr offen?",
          "Habt ihr sonntags geöffnet?",
          "Feiertage",
          "Wie lange auf?",
        ],
      },
      {
        id: "kk-versand-at",
        title: "Versand nach Österreich",
        text: "Hey {name}, ja, wir liefern auch nach Österreich! Der Versand kostet 6,90 €, ab 49 € Bestellwert ist er kostenlos. Dein Paket ist in der Regel drei bis fünf Werktage unterwegs.",
        language: "de",
        topics: [
          "Versand nach Österreich",
          "Liefert ihr nach Österreich?",
          "Versandkosten Österreich",
          "Lieferung nach Wien",
        ],
      },
      {
        id: "kk-versand",
        title: "Versand in Deutschland und Röstzeiten",
        text: "Hey {name}, innerhalb Deutschlands kostet der Versand 3,90 €, ab 29 € Bestellwert ist er kostenlos. Wir rösten dienstags und freitags und verschicken am Tag nach der Röstung; meist ist dein Kaffee ein bis drei Werktage später bei dir.",
        language: "de",
        topics: [
          "Versandkosten",
          "Lieferzeit",
          "Wann röstet ihr?",
          "Wie lange dauert die Lieferung?",
          "versandkostenfrei ab",
        ],
      },
      {
        id: "kk-gutschein",
        title: "Gutscheine",
        text: "Hey {name}, Gutscheine gibt's ab 10 € in unserem Shop unter kaffeekollektiv.example/gutschein – als PDF direkt per Mail – und an der Kasse in allen drei Cafés. Gültig sind sie drei Jahre, einlösbar online wie im Café.",
        language: "de",
        topics: ["Gutschein kaufen", "Geschenkgutschein", "Gutschein einlösen", "Gutschein im Café", "Geschenkidee"],
      },
      {
        id: "kk-pflanzendrinks",
        title: "Pflanzendrinks und vegane Kuchen",
        text: "Hey {name}, in allen unseren Cafés bekommst du Hafer-, Soja- und Mandeldrink ohne Aufpreis. Außerdem haben wir jeden Tag mindestens zwei vegane Kuchen in der Vitrine.",
        language: "de",
        topics: [
          "Hafermilch",
          "Kostet Hafermilch extra?",
          "Pflanzenmilch Aufpreis",
          "vegan",
          "vegane Kuchen",
          "laktosefrei",
        ],
      },
      {
        id: "kk-retoure",
        title: "Rücksendung",
        text: "Hey {name}, ungeöffnete Ware kannst du innerhalb von 14 Tagen zurückschicken. Den Rücksendeschein erstellst du unter kaffeekollektiv.example/retoure; sobald das Paket bei uns ist, bekommst du dein Geld innerhalb von fünf Werktagen zurück.",
        language: "de",
        topics: ["Rücksendung", "Retoure", "zurückschicken", "Widerruf", "Kann ich Kaffee zurückgeben?"],
      },
      {
        id: "kk-abo",
        title: "Kaffee-Abo pausieren oder kündigen",
        text: "Hey {name}, dein Kaffee-Abo kannst du jederzeit in deinem Kundenkonto unter „Mein Abo“ pausieren oder kündigen. Bis zwei Tage vor dem nächsten Rösttermin gilt das schon für die nächste Lieferung.",
        language: "de",
        topics: ["Abo pausieren", "Abo kündigen", "Abo im Urlaub", "Lieferung aussetzen", "Abo ändern"],
      },
      {
        id: "kk-mahlgrad",
        title: "Mahlgrad wählen",
        text: "Hey {name}, wir mahlen jeden Kaffee auf Wunsch passend für Siebträger, Filter, French Press oder Herdkanne – wähl einfach im Shop beim Produkt unter „Mahlgrad“ aus. Ganze Bohnen bleiben am längsten frisch.",
        language: "de",
        topics: [
          "Mahlgrad",
          "gemahlen bestellen",
          "Kaffee für French Press",
          "für Siebträger gemahlen",
          "ganze Bohnen oder gemahlen",
        ],
      },
      {
        id: "kk-opening-en",
        title: "Café opening hours (English)",
        text: "Hey {name}, our cafés in Berlin-Kreuzberg, Hamburg-Ottensen and Leipzig-Südvorstadt are open Monday to Friday from 7:30 am to 7 pm and from 9 am to 6 pm on weekends. On public holidays we keep weekend hours.",
        language: "en",
        topics: ["opening hours", "When are you open?", "Are you open on Sunday?", "public holiday hours"],
      },
      {
        id: "kk-shipping-en",
        title: "Shipping abroad (English)",
        text: "Hey {name}, we ship to all EU countries and to the UK. Shipping within the EU is €8.90 and free on orders over €59; to the UK it's £9.50. Orders usually arrive in four to seven business days. For UK orders, import VAT may be charged on delivery.",
        language: "en",
        topics: [
          "international shipping",
          "Do you ship to the UK?",
          "shipping costs to Europe",
          "delivery time abroad",
          "Do you ship to the Netherlands?",
        ],
      },
    ],
  },
};
