import { words } from "./text-spans";

/**
 * A quick guess whether a draft is German or English, from the small words every sentence needs. The analysis
 * has a better detector, but replies/ may not import it, and a draft is the user's own short text.
 */
const GERMAN = words([
  "und",
  "der",
  "die",
  "das",
  "ist",
  "nicht",
  "wir",
  "sie",
  "ich",
  "du",
  "ein",
  "eine",
  "zu",
  "mit",
  "für",
  "auf",
  "dass",
  "es",
  "bitte",
  "danke",
  "hallo",
  "uns",
  "ihnen",
  "dir",
  "auch",
  "noch",
  "gerne?",
  "schon",
  "leider",
]);
const ENGLISH = words([
  "and",
  "the",
  "is",
  "not",
  "we",
  "you",
  "i",
  "a",
  "an",
  "to",
  "with",
  "for",
  "on",
  "that",
  "it",
  "please",
  "thanks",
  "thank",
  "hi",
  "hello",
  "us",
  "your",
  "our",
  "are",
  "can",
  "will",
  "this",
  "of",
  "sorry",
]);

export function guessDraftLanguage(text: string): "de" | "en" | undefined {
  const de = text.match(GERMAN)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  if (de === en) return /[äöüß]/i.test(text) ? "de" : undefined;
  return de > en ? "de" : "en";
}
