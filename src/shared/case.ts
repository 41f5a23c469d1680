import * as z from "zod/mini";
import { ProblemKind } from "./assessment";

/**
 * What a reply must answer, lifted from the comment (src/replies/case/): the specifics the commenter gave, so a
 * reply can name them and never ask for them again, and what is still missing to move the case.
 */
export const CASE_NUMBER_KINDS = ["order", "ticket", "customer", "contract", "invoice", "booking", "other"] as const;
export const CaseNumber = z.object({
  kind: z.enum(CASE_NUMBER_KINDS),
  /** As written ("40-11873", "#A-2291"). */
  value: z.string(),
  /** The words before it as written ("Bestellnr.", "order"), so a reply can say what it is. */
  label: z.string(),
});
export type CaseNumber = z.infer<typeof CaseNumber>;

export const MISSING_KINDS = [
  "order-number",
  // What was sent by email (a gift card, a confirmation, a ticket): the address it went to finds it.
  "order-email",
  // A mail the account sends (a password reset) that does not come: the address the account has finds it.
  "account-email",
  // A stranger at the account ("someone … is trying to log in in my account"): no code passed on, and the address
  // that finds the account.
  "account-secure",
  "booking-number",
  "customer-number",
  "ticket-number",
  "app-version",
  "product-model",
  "since-when",
  "branch",
  "batch",
] as const;
export const MissingKind = z.enum(MISSING_KINDS);
export type MissingKind = z.infer<typeof MissingKind>;

/** What criticism is about, when the comment names it (src/replies/case/criticised.ts). */
export const CRITICISED_KINDS = [
  "price-increase",
  "prices",
  "update",
  "app",
  "website",
  "service",
  "waiting-times",
  "opening-hours",
  "hotline-hours",
  "campaign",
  "post",
  "quality",
  "packaging",
  "delivery",
] as const;
export type Criticised = (typeof CRITICISED_KINDS)[number];

export const Case = z.object({
  /** The product or service named ("Wärmepumpe WP 9", "die App", "Espresso 'Nordlicht'"). */
  product: z.optional(z.string()),
  numbers: z.array(CaseNumber),
  /** Amounts as written ("49,99 €", "£12.50"). */
  amounts: z.array(z.string()),
  /** Dates and durations as written ("am 3. März", "seit drei Wochen", "45 minutes"). */
  dates: z.array(z.string()),
  durations: z.array(z.string()),
  /** Places and branches ("Leipzig Südvorstadt", "Hamburg-Ottensen"). */
  places: z.array(z.string()),
  /** People named, staff mostly ("Frau Demir", "Jonas"). */
  people: z.array(z.string()),
  /** The problem, from the analysis's intent, and its words as written ("nicht mehr einloggen"). */
  problem: z.optional(ProblemKind),
  problemWords: z.array(z.string()),
  /** The comment thanks someone outright ("Danke an …", "thanks to …", "großes Lob"). */
  praised: z.optional(z.boolean()),
  /** The commenter speaks of themselves ("ich", "mein", "my", "we"): an item they ask about is theirs. */
  firstPerson: z.optional(z.boolean()),
  /** Money moved: an amount charged, paid, owed or refunded ("abgebucht", "charged"). */
  paid: z.optional(z.boolean()),
  /** The phone or system named ("Pixel 7", "iPhone"), so a reply does not ask which one. */
  device: z.optional(z.string()),
  /** The app's version as written ("Version 5.2.1", "v4.8"), so a reply does not ask for it. */
  version: z.optional(z.string()),
  /** Error codes as written ("E212", "0x80070005"). */
  errors: z.array(z.string()),
  /** What was ordered or sent, in the commenter's word ("Paket", "Sendung", "parcel"). */
  item: z.optional(z.string()),
  /** Luggage that went missing or came damaged, in the commenter's word ("Koffer", "suitcase"). */
  baggage: z.optional(z.string()),
  /** A line a commuter rides, as written ("RB 48", "S1", "bus 142"): a daily train has no booking to ask for. */
  line: z.optional(z.string()),
  /** A place praised as somewhere the commenter was served ("die Filiale in Bochum", "the staff in Leeds"). */
  visited: z.optional(z.boolean()),
  /** A supply lost for a while that is back: "wir hatten von 14 bis 19 Uhr keinen Strom", "Sonntag 6 Stunden kein Strom". */
  outageOver: z.optional(z.boolean()),
  /**
   * A trade fair where the commenter met the company, as written ("ISH", "Internorga", "World of Coffee"): "War
   * schön, Sie auf der ISH am Stand zu besuchen", "Stopped by your booth at World of Coffee".
   */
  fair: z.optional(z.string()),
  /** A loss told beside the comment's matter ("when my husband passed away"): sympathy first, no cheer. */
  bereaved: z.optional(z.boolean()),
  /** Who was hurt, as written ("Mein Sohn", "my daughter"), when the comment tells of an injury. */
  harmed: z.optional(z.string()),
  /** Where something harmful was found, as written ("in meinem Joghurt", "in my salad"). */
  foundIn: z.optional(z.string()),
  /**
   * What they are allergic to and were given anyway, as written ("Sesam", "peanuts"): "allergisch auf Sesam … dann
   * kam der Bagel mit Sesam". Said only when the comment names it twice, as their allergy and as what came.
   */
  allergen: z.optional(z.string()),
  /**
   * A danger on the road: a near miss ("fast überfahren", "nearly ran me over") or drivers speeding ("rasen durch die
   * Spielstraße"). No batch to ask for, no product to name.
   */
  road: z.optional(z.enum(["near-miss", "speeding"])),
  /** The company's own facility that fails, as written ("Aufzug", "Pfandautomat", "ticket machine"). */
  facility: z.optional(z.string()),
  /** What they got instead of what they asked for, as written ("Kuhmilch" statt "Hafermilch"). */
  swapped: z.optional(z.object({ got: z.string(), wanted: z.string() })),
  /** Where they were treated badly when it was no branch: on the phone or in the chat. */
  channel: z.optional(z.enum(["phone", "chat"])),
  /** What was served and how it fell short, as written ("Cappuccino", "lauwarm"; "soup", "stone cold"). */
  served: z.optional(z.object({ thing: z.string(), state: z.string() })),
  /** Papers that did not come, as written ("welcome letter or contract documents", "Vertragsunterlagen"). */
  papers: z.optional(z.string()),
  /** What they wait for, as written with its article ("das Angebot für die Wärmepumpe", "the quote"). */
  awaited: z.optional(z.string()),
  /** What of theirs was turned down: "Ratenzahlung", "Förderantrag", "payment plan". */
  rejected: z.optional(z.string()),
  /** What they were taken ill after, as written ("the chai latte", "dem Käsekuchen"). */
  illAfter: z.optional(z.string()),
  /** What had run out when they asked for it, as written ("oat milk", "Hafermilch"). */
  soldOut: z.optional(z.string()),
  /** What was charged, as the commenter owns it ("Abschlag", "Abo", "subscription"): "Ihr Abschlag doppelt abgebucht". */
  charged: z.optional(z.string()),
  /** A part found broken, said as a reply says it: "der Deckel der Vorratsdose gebrochen war", "the lid was cracked". */
  broken: z.optional(z.string()),
  /** The money owed back in the commenter's word, when it is not "refund" ("Gutschrift", "Rückzahlung", "credit"). */
  owedAs: z.optional(z.string()),
  /** A discount or voucher code that did not work, as written ("KAFFEE15"). */
  discountCode: z.optional(z.string()),
  /** An amount billed in place of the one agreed ("€89.00" instead of "€29.00"). */
  billedInstead: z.optional(z.object({ billed: z.string(), agreed: z.string() })),
  /**
   * The fault as one clause of the comment said it, made a "dass" clause ("das WLAN-Modul der Wärmepumpe ständig die
   * Verbindung verliert"): said when no more telling reading names the problem.
   */
  stated: z.optional(z.string()),
  /** What the device's display or the app shows, in the words quoted ("Isolationsfehler", "Compressor locked"). */
  shown: z.optional(z.string()),
  /** A delivery complained about that did come, late ("parcel turned up today (wed)", "kam erst heute"). */
  came: z.optional(z.boolean()),
  /** The thing named where the failure is told ("Zirkulationspumpe", "solar DC cable"), when it is not the product. */
  failed: z.optional(z.string()),
  /** How it arrived, as written ("with the seal broken", "ohne Ladekabel"). */
  arrivedAs: z.optional(z.string()),
  /** What the work damaged, as written ("Parkettboden", "kitchen floor"). */
  damaged: z.optional(z.string()),
  /** Whether the comment speaks of work done at their home ("your crew", "beim Einbau"): damage then came of it. */
  work: z.optional(z.boolean()),
  /**
   * The bill itself never came ("the bill wasn't send with the phone or to the e-mail", "die Rechnung war nicht im
   * Paket"): it is sent again, nothing on it is checked.
   */
  billMissing: z.optional(z.boolean()),
  /** Which bill, when the comment names it ("Schlussrechnung", "final bill"): the reply checks that one. */
  bill: z.optional(z.string()),
  /** They gave notice before ("gekündigt", "Kündigung per Einschreiben geschickt"): a debit after it is the case. */
  noticeGiven: z.optional(z.boolean()),
  /** What the commenter asks to close or cancel, in their word ("Konto", "Vertrag", "subscription"). */
  leaving: z.optional(z.string()),
  /** They wrote or called before and heard nothing ("Hab schon zwei mal ne Mail geschrieben, keine Antwort"). */
  chased: z.optional(z.boolean()),
  /** What criticism is about, when named. */
  criticised: z.optional(z.enum(CRITICISED_KINDS)),
  /** The one thing a reply should ask for to move the case, if anything. */
  missing: z.optional(MissingKind),
});
export type Case = z.infer<typeof Case>;

/** A case with nothing lifted yet: the start for tests and for showing a question on its own. */
export const EMPTY_CASE: Case = {
  numbers: [],
  amounts: [],
  dates: [],
  durations: [],
  places: [],
  people: [],
  problemWords: [],
  errors: [],
};
