/** The word lists the draft check uses, one per language (lexicon-de.ts, lexicon-en.ts). */
export type Lexicon = {
  /** Anger words and swearing. */
  heat: RegExp;
  /** Words that insult a person. */
  insult: RegExp;
  /** Irony markers. */
  sarcasm: RegExp;
  /** Blaming the customer. */
  blame: RegExp;
  /** A greeting at the start of a reply. */
  greeting: RegExp;
  thanks: RegExp;
  /** Words that commit the company ("we will", "Sie erhalten"): with one of the objects below, a promise. */
  commitment: RegExp;
  /** Negation or a hedge in the same sentence: "no refund", "whether a refund is possible" promise nothing. */
  negation: RegExp;
  refund: RegExp;
  compensation: RegExp;
  /** A concrete time: "by Monday", "within 24 hours", "bis morgen". */
  deadline: RegExp;
  /** Conceding a fault nobody has checked: "Sie haben völlig recht", "your criticism is justified", "our mistake". */
  admission: RegExp;
  /** Promising it never happens again: "kommt nicht wieder vor", "won't happen again". */
  neverAgain: RegExp;
};
