/**
 * Congratulations on an occasion: "Glückwunsch zum Firmenjubiläum", "congrats on 10 years", "zur Auszeichnung", "zur
 * B-Corp-Zertifizierung", "zum 1000. Solardach". The
 * analysis reads them as meant beside "Weiter so!" (never sarcasm); the replies thank them as good wishes.
 */
export const OCCASION =
  /(?<!\p{L})(?:glückwunsch\p{L}*|glueckwunsch\p{L}*|gratul\p{L}*|congrat\p{L}*)\s(?:\p{L}+\s){0,2}?(?:zu[mr]?|on|to)\s(?:\p{L}+\s){0,3}?(?:[\p{L}-]*jubiläum|[\p{L}-]*jubilaeum|geburtstag|eröffnung|auszeichnung|award|anniversary|birthday|opening|[\p{L}-]*zertifizierung|certification|meilenstein|milestone|\d+(?:\.|th|st|nd|rd)?\s?(?:jahre|jahren|years?)|\d{3,}(?:\.|th|st|nd|rd)\s?[\p{L}-]+)/iu;
