/**
 * The marked gap in an answer frame that the user fills in before posting. Square brackets make it visible in
 * any reply box; the check finds it (a hint) so an unfilled frame is not posted by mistake.
 */
export const PLACEHOLDER_TEXT = { de: "[Antwort ergänzen]", en: "[add your answer]" } as const;

/** Gelassen's own placeholders and the ones people write themselves: "[…]", "[...]", "[add link here]". */
export const PLACEHOLDER =
  /\[(?:\.{3}|…|[^\]\n]{0,60}(?:ergänzen|einfügen|eintragen|hier|add|insert|fill in|here|TODO|XXX)[^\]\n]{0,60})\]/giu;
