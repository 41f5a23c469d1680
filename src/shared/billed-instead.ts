/** An amount of money as people write it: "€89.00", "£0.60", "49 €", "30 Euro", "12 pounds". */
const MONEY = "(?:[€£$]\\s?\\d{1,6}(?:[.,]\\d{1,2})?|\\d{1,6}(?:[.,]\\d{1,2})?\\s?(?:€|Euro|EUR|£|pounds?))";

/**
 * "€89.00", "38 €", "1.200,50 €" as a number, for comparing two amounts: a "." or "," before three digits groups
 * thousands, any other is the decimal mark.
 */
export function amountValue(said: string): number {
  const digits = said
    .replace(/[^\d.,]/gu, "")
    .replace(/[.,](?=\d{3}(?:\D|$))/gu, "")
    .replace(",", ".");
  const value = Number.parseFloat(digits);
  return Number.isFinite(value) ? value : 0;
}

/**
 * An amount billed in place of the one agreed: "a base fee of €89.00 instead of the €29.00 in our contract",
 * "49 € Grundgebühr statt der vereinbarten 29 €". Group 1 is what was billed, group 2 what was agreed. The
 * analysis reads it as a billing case, the reply says both amounts back.
 */
export const BILLED_INSTEAD = new RegExp(
  `(${MONEY})\\s(?:[\\p{L}-]+\\s){0,3}?(?:instead of|rather than|statt|anstatt|anstelle von)\\s(?:(?:the|der|die|den|des|vereinbarten|agreed|usual|üblichen)\\s){0,2}(${MONEY}|\\d{1,6}(?:[.,]\\d{1,2})?(?![\\d.,]))`,
  "iu",
);
