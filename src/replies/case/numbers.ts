import type { CaseNumber } from "../../shared/case";

/**
 * Order, ticket, customer, contract, invoice and booking numbers, by the word before them: "Bestellnr.
 * 40-11873", "Ticket #A-2291", "Kundennummer 775120", "order #KK-10492", "booking ref ABX7Q2". A bare "#A77120"
 * is a number of unknown kind. A value needs a digit, so "Bestellung verschwunden" is no number.
 */
const LABELS: ReadonlyArray<[CaseNumber["kind"], string]> = [
  [
    "order",
    "order ref(?:erence)?\\.?|Order ref(?:erence)?\\.?|Bestellnummer|Bestellnr\\.?|Bestell-Nr\\.?|Bestellungen|Bestellung|Auftragsnummer|Auftragsnr\\.?|Auftrag|order number|order no\\.?|order id|orders|order|Sendungsnummer|Sendungsnr\\.?|Sendung|Paketnummer|Paket|Liefernummer|Lieferungsnummer|Lieferung|tracking number|tracking no\\.?|parcel|package|shipment",
  ],
  [
    "booking",
    // "Termin 22817, Monteur nie gekommen": an appointment looked up by its number.
    "Buchungsnummer|Buchungsnr\\.?|Buchungscode|Buchung|Reservierungsnummer|Terminnummer|Termin-Nr\\.?|Termin|booking reference|booking ref\\.?|booking number|booking|appointment number|appointment ref\\.?",
  ],
  [
    "ticket",
    // "Projekt RW-P-5582", "project ref RW-S-3019": a job of theirs we run, looked up like a case.
    "Projektnummer|Projekt-Nr\\.?|Projekt|project ref(?:erence)?\\.?|project number|project no\\.?|project|Ticketnummer|Ticket-Nr\\.?|Ticket|Gepäckreferenznummer|Gepäckreferenz|Gepäcknummer|baggage reference|baggage ref\\.?|baggage file|file reference|Vorgangsnummer|Vorgang|Referenznummer|Referenz|Aktenzeichen|Schadennummer|Schadensnummer|Schaden-Nr\\.?|claim number|claim no\\.?|claim ref\\.?|Fallnummer|case number|case|reference number|reference|ref\\.?|job number|job no\\.?|job ref\\.?|job",
  ],
  [
    "customer",
    // A gym's or a club's member number finds the customer as well: "Mitgliedsnummer FW-88213", "member FW-10477".
    "Kundennummer|Kundennr\\.?|Kunden-Nr\\.?|Kd\\.?-?Nr\\.?|Mitgliedsnummer|Mitgliedsnr\\.?|Mitglieds-Nr\\.?|Mitgliedernummer|membership number|membership no\\.?|member number|member no\\.?|member id|[Mm]ember(?=\\s[A-Z\\d])|Vertragskontonummer|Vertragskonto|Kundenkonto|customer number|customer no\\.?|cust\\.? no\\.?|cust\\.? number|customer id|customer ref(?:erence)?|account number|account no\\.?|acc\\.? no\\.?|[Aa]ccount|[Cc]ustomer(?=\\s#?\\d)",
  ],
  [
    "contract",
    // A meter number finds the supply contract as well: "Zählernummer 1ESY123456", "meter number …".
    "Vertragsnummer|Vertragsnr\\.?|Zählernummer|Zählernr\\.?|meter number|meter serial|MPAN|Vertrag|Versicherungsscheinnummer|Versicherungsnummer|Policennummer|Police|contract number|contract|policy number|policy no\\.?|policy",
  ],
  ["invoice", "Rechnungsnummer|Rechnungsnr\\.?|Rechnung|Kassenbon|Beleg|invoice number|invoice|receipt"],
  // The batch printed on a pack: "Charge L2398", "batch number 23-0412".
  [
    "other",
    // "Gutschein KK-4471-MX wurde nicht angenommen": the voucher's code finds it.
    "Gutscheincode|Gutscheinnummer|Gutschein|Code|voucher code|voucher|gift card code|gift card|Chargennummer|Chargen-Nr\\.?|Charge|batch number|batch no\\.?|batch code|lot number|lot no\\.?|mit der Nummer|mit der Nr\\.?|Nummer|Nr\\.|number|no\\.",
  ],
];

// "HAMLH 39311" or "MUCLH45821" (a baggage file: airport, airline, digits) keeps its capitals before the digits.
// "31 774 052", "20 481 337", "7720 118 43": digits written in groups are one number.
const VALUE =
  "#?\\s?(?:\\d{2,4}(?: \\d{3}){1,3}(?: \\d{2})?(?![\\d\\p{L}])|\\d{2}(?: \\d{4})(?: \\d{2})(?![\\d\\p{L}])|(?:[A-Z]{2,5}\\s(?=\\d))?(?:[A-Za-z]{1,5}-(?=[A-Za-z]{1,5}-?\\d))?[A-Za-z]{0,5}[-/]?\\d[\\dA-Za-z/-]{2,20}(?: \\d{3,6}){0,3})";
/**
 * With a space inside, the letters must be capitals as written ("order on 23rd" is no number), or digits ("Kundennr
 * 30-551 902").
 */
const SPACED = /^(?:[A-Z\d]{2,6}\s\d|\d[\d\s-]*$)/u;
const PATTERNS = LABELS.map(
  ([kind, labels]) =>
    [
      kind,
      // "customer ref KB-7713" is the customer's, though "ref" alone names a ticket.
      new RegExp(
        // "für EINE Bestellung (62017)": the number in brackets after its label.
        // "Firmenbestellung 50766": the label at the end of a compound (not "Heizlastberechnung 7-12").
        `${kind === "ticket" ? "(?<!customer\\s)" : ""}(?:\\b|(?<=\\p{L}{3})(?<!be|ver)(?=(?:bestellung|auftrag|rechnung|sendung|lieferung)\\s))(${labels})(?:\\s?(?:Nr\\.?|Nummer|no\\.?|number|:)|\\s(?:ist|lautet|is))?\\s{0,3}\\(?(${VALUE})`,
        "giu",
      ),
    ] as const,
);
const UNIT_AFTER = /^\s?(?:g|kg|gramm|ml|l|liter|stück|stk|pcs|x|tüten|bags?|cups?|tassen)(?![\p{L}])/iu;
const QUANTITY = /^\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|cl|cm|mm|m|x|stk|pcs|€|eur|p|c|ct|cent|cents|pence)$/iu;
const AMOUNT_AFTER = /^(?:[.,]\d{1,2})?\s?(?:€|EUR\b|Euro\b|\$|£|USD\b|GBP\b|Dollar|Pfund|pounds?\b|%|Prozent)/iu;
// "#KK 30912": a space between the letters and the digits after a hash is still one reference.
const BARE = /(?<![\p{L}\d])#[A-Za-z]{0,4}[- ]?\d[\dA-Za-z-]{3,20}/gu;
/**
 * "KK-10231", "A-23-0457", "A-24-0311": capitals, a dash and digits (four or more in all) read as a reference even
 * without a word before it.
 */
const CODE = /(?<![\p{L}\d-])[A-Z]{1,4}(?:-\d{2,}){1,3}(?![\p{L}\d-])/gu;

/** A telephone number: a German area code or a country code, then groups of digits ("0221 555 0109", "+49 221 …"). */
const PHONE = /^#?\s?(?:\+\d{2}\s?\(?0?\)?\s?\d{2,5}|0\d{2,5})[\s/-]?\d{2,4}[\s/-]?\d{2,6}(?![\d\p{L}])/u;

const SECOND = new RegExp(`^\\s?(?:,|und|and|&|sowie|/)\\s?(${VALUE})`, "u");
/** A second number is one of the kind when it is written as the first: as many digits, the same letters before them. */
function shaped(second: string, first: string): boolean {
  const form = (value: string) => value.replace(/^#/, "").replace(/\d/g, "0");
  return form(second) === form(first);
}

export function caseNumbers(text: string): CaseNumber[] {
  const found: CaseNumber[] = [];
  const seen = new Set<string>();
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = (match[2] ?? "").replace(/^#\s?/, "#").trim();
      const bare = value.replace(/^#/, "");
      // "Paket 250g", "order 2x": a quantity, not a number.
      if (!/\d/.test(value) || QUANTITY.test(bare) || seen.has(bare)) continue;
      // "auf der Rechnung 890 €": an amount after the word, not the invoice's number.
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 9);
      if (AMOUNT_AFTER.test(after)) continue;
      // "die Verpackung der letzten Lieferung: 250 g Bohnen": a weight, not the delivery's number.
      if (UNIT_AFTER.test(after)) continue;
      if (/\s/.test(bare) && !SPACED.test(bare)) continue;
      // "steht die Nummer 0221 555 0109": a telephone number, dialled, not looked up. A number named for what it is
      // ("Kundennummer 0221 …") stays.
      const start = (match.index ?? 0) + match[0].length - (match[2] ?? "").length;
      if (kind === "other" && PHONE.test(text.slice(start))) continue;
      // "u lot charge 20k for them": the English verb, not the German batch ("Charge L2398") it is spelt as.
      if (match[1] === "charge") continue;
      // "die jahresabrechnung 2024", "my invoice 2023": the year a bill is for, not its number.
      // "Termin 2025 verschoben": the year of an appointment, not its number.
      if ((kind === "invoice" || /^termin/iu.test(match[1] ?? "")) && /^(?:19|20)\d{2}$/u.test(bare)) continue;
      seen.add(bare);
      found.push({ kind, value, label: match[1] ?? "" });
      // "Bestellung 61102 und 61103": a second number joined to the first is of the same kind.
      const end = (match.index ?? 0) + match[0].length;
      const next = SECOND.exec(text.slice(end, end + 40));
      const second = next?.[1]?.replace(/^#\s?/, "#").trim();
      if (second && /\d/.test(second) && !seen.has(second.replace(/^#/, "")) && shaped(second, value)) {
        seen.add(second.replace(/^#/, ""));
        found.push({ kind, value: second, label: match[1] ?? "" });
      }
    }
  }
  for (const match of [...text.matchAll(BARE), ...text.matchAll(CODE)]) {
    const bare = match[0].replace(/^#/, "");
    if (bare.replace(/\D/g, "").length < 4) continue;
    if (!seen.has(bare)) {
      seen.add(bare);
      found.push({ kind: "other", value: match[0], label: "" });
    }
  }
  return found;
}
