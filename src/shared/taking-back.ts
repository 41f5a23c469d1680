/**
 * Words the writer says they take back: "muss mich hier mal öffentlich korrigieren", "nehme alles zurück", "I take it
 * back". The analysis reads a name they once called us, told beside it, as no complaint of today; the replies thank
 * the praise that follows.
 */
const TAKING_BACK =
  /(?<!\p{L})(?:muss mich (?:hier |jetzt )?(?:mal |echt )?(?:öffentlich |oeffentlich )?(?:korrigieren|entschuldigen)|nehm(?:e)? (?:ich )?(?:das|alles|es) (?:hiermit )?zurück|(?:i )?take (?:it|that|all of (?:it|that)) back|i stand corrected|eat(?:ing)? my words|owe you (?:an|a public) apology)(?!\p{L})/iu;

/** Whether the writer takes back what they said before. */
export function takesBack(text: string): boolean {
  return TAKING_BACK.test(text);
}
