/**
 * A giveaway named: "when does the giveaway close?", "Gewinnspiel", "Verlosung". Its deadline or who may enter is
 * asked about, never a café's opening hours; the analysis and the saved replies both read it. So is an application's
 * deadline: "applications close on 31 June", "Bewerbungsschluss".
 */
export const GIVEAWAY =
  /\b(?:giveaway|give-away|gewinnspiel\p{L}*|verlosung\p{L}*|competition|contest|raffle|sweepstake\p{L}*|applications?|bewerbung\p{L}*|anmeldeschluss|anmeldefrist|deadline)\b/iu;
