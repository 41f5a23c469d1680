/**
 * A taunt at the company's customers, whatever kind word it wears: "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim
 * Frieren", "enjoy ur ice house lads". The analysis reads it as mockery; the replies leave it alone or answer it with
 * one factual line, never with thanks.
 */
export const TAUNT =
  /(?<!\p{L})(?:viel spa(?:ß|ss) beim (?:frieren|warten|zahlen|bezahlen|bibbern)|enjoy (?:ur|your) (?:ice|cold|freezing)\p{L}*|have fun (?:freezing|paying|waiting))(?!\p{L})/iu;
