import { GERMAN_CARE } from "./german-care";
import { GERMAN_CASE } from "./german-case";
import { GERMAN_DIALOGUE } from "./german-dialogue";
import type { GermanBank } from "./slots";

/** German wordings, polite (Sie) and informal (du). Each must pass the draft check on its own. */
export const GERMAN: GermanBank = { ...GERMAN_CARE, ...GERMAN_DIALOGUE, ...GERMAN_CASE };
