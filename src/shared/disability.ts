/**
 * A disability told ("Ich bin gehörlos", "my dad is blind", "with a screen reader", "im Rollstuhl"). The analysis
 * reads "kann die Hotline nicht nutzen" beside it as a way in that is shut, not as a wait; the replies hold the
 * question for a person rather than offer an answer written for everyone (call us, use the app).
 */
export const DISABLED =
  /(?<!\p{L})(?:gehörlos\p{L}*|gehoerlos\p{L}*|taub|schwerhörig\p{L}*|hörgeschädigt\p{L}*|blind\p{L}*|sehbehindert\p{L}*|deaf|hard of hearing|screen ?reader|rollstuhl\p{L}*|wheelchair)(?!\p{L})/iu;
