/**
 * What was chosen and what came instead, told in that order: "Ich hatte French Press Mahlgrad ausgewählt und
 * bekommen hab ich Espresso-fein", "hab Hafer bestellt, bekommen habe ich Kuhmilch", 'extra "für French Press"
 * angeklickt und bekommen hab ich Pulver', "… bekommen hab ich zwei Tüten ganze Bohnen". Group 1 is what was chosen,
 * group 2 what came. Only a case when the two differ ("Hafermilch bestellt und auch Hafermilch bekommen" is thanks).
 * The analysis reads it as the customer's case, the reply says both back.
 */
export const CHOSEN_GOT =
  /(?<!\p{L})(?:["„“]für\s)?((?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+)["“”]?\s(?:ausgewählt|gewählt|bestellt|angeklickt)\s?(?:,|und)\s(?:bekommen|erhalten|geliefert)\s(?:hab|habe|haben|hat)\s(?:ich|wir)\s((?:(?:\d{1,2}|zwei|drei|vier|fünf)\s\p{Lu}[\p{L}-]+\s(?:\p{Ll}+e[nrs]?\s)?)?\p{L}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

/** "statt Filterkaffee kam Espresso-Mahlung": what came in place of what was ordered, told the other way round. */
export const INSTEAD_CAME =
  /(?<!\p{L})(?:[Ss]tatt|[Aa]nstatt)\s(?:de[rsmn]\s|die\s|das\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:kam|kamen|war|waren|lag|lagen|gab es|gab's|bekam ich|habe ich|hab ich)\s(?:eine?n?\s|die\s|der\s|das\s)?(\p{Lu}[\p{L}-]{2,30})(?!\p{L})/u;

/** "dann wars auch noch Kuhmilch statt Hafer": what it was, and what it should have been. */
export const WAS_INSTEAD =
  /(?<!\p{L})(?:war|wars|war's|ist|gab's|gab es)\s(?:auch noch\s|dann\s|natürlich\s|wieder\s)?(?:eine?n?\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:statt|anstatt)\s(?:eine?r?s?\s)?(\p{Lu}[\p{L}-]{2,30})(?!\p{L})/u;

/** "ordered 2x Colombia whole bean (order #KK-77314), got 2x Ethiopia Guji ground": counted, named by origin. */
export const COUNTED_GOT =
  /\b[Oo]rdered\s\d{1,2}\s?x\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b[^.!?]{0,60}?,\s(?:but\s)?(?:I\s|we\s)?(?:got|received)\s\d{1,2}\s?x\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

const MAY_SWAP = /tatt|bekommen|erhalten|geliefert|got|received/u;

/** The chosen and the got, when they differ. */
export function chosenAndGot(text: string): { chosen: string; got: string; said: string } | undefined {
  // Each pattern needs one of these words as written; the patterns themselves cost far more than this look.
  if (!MAY_SWAP.test(text)) return undefined;
  const was = WAS_INSTEAD.exec(text);
  if (was?.[1] && was[2] && was[1] !== was[2]) return { chosen: was[2], got: was[1], said: was[0] };
  const match = CHOSEN_GOT.exec(text) ?? INSTEAD_CAME.exec(text) ?? COUNTED_GOT.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const [said, chosen, got] = match as unknown as [string, string, string];
  if (chosen.toLowerCase().includes(got.toLowerCase()) || got.toLowerCase().includes(chosen.toLowerCase()))
    return undefined;
  return { chosen, got, said };
}
