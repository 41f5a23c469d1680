import { addressFormOf } from "./address-form";
import { guessDraftLanguage } from "./draft-language";
import { SLOT_TOPICS, type Slot } from "./templates/slots";

/**
 * The company's preferred phrases, used where they fit: a phrase takes the place of a slot's wording when it
 * is about the same thing (thanks, apology, passing on to the team, an offer of help), in the reply's language
 * and address form, and, for thanks, for the same occasion ("Danke für Ihre Frage" only answers questions).
 * Phrases that fit no slot are not forced into a reply.
 */
type Kind = "thanks" | "apology" | "team" | "offer";
type Classified = { text: string; kind: Kind; topic: string | undefined };

const KINDS: [Kind, RegExp][] = [
  ["apology", /leid|entschuldig|bedauer|sorry|apolog/i],
  ["thanks", /dank|thank|appreciate/i],
  ["team", /team|weitergeb|weiterleit|intern|pass(?:ing)? (?:it |this |that )?on/i],
  ["offer", /melde|erreich|kontakt|für (?:Sie|dich|euch) da|get in touch|reach|contact|here for you|help/i],
];
const TOPICS: [string, RegExp][] = [
  ["question", /frage|question|asking|nachfrag/i],
  ["correction", /hinweis|aufmerksam|hingeschaut|pointing|spotting|catch|correction/i],
  ["praise", /lob|worte|words|praise|kind/i],
  ["feedback", /feedback|rückmeldung|kritik|criticism|honest|ehrlich|einschätzung|view|perspective/i],
];

function classify(text: string): Classified | undefined {
  const kind = KINDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!kind) return undefined;
  const topic = TOPICS.find(([, pattern]) => pattern.test(text))?.[0];
  const sentence = /[.!?…]$/.test(text) ? text : `${text}.`;
  return { text: sentence, kind, topic };
}

/** For each slot a preferred phrase can fill, the phrases that fit this reply. */
export function preferredBySlot(
  phrases: readonly string[],
  language: "de" | "en",
  form: "sie" | "du" | undefined,
): Partial<Record<Slot, string[]>> {
  const usable = phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0 && !phrase.includes("{"))
    .filter((phrase) => guessDraftLanguage(phrase) === language)
    .filter((phrase) => language !== "de" || !form || (addressFormOf(phrase) ?? form) === form)
    .map(classify)
    .filter((c): c is Classified => c !== undefined);
  const out: Partial<Record<Slot, string[]>> = {};
  for (const [slot, wanted] of Object.entries(SLOT_TOPICS) as [Slot, { kind: Kind; topic?: string }][]) {
    const fitting = usable.filter((c) => c.kind === wanted.kind && (c.topic === undefined || c.topic === wanted.topic));
    if (fitting.length > 0) out[slot] = fitting.map((c) => c.text);
  }
  return out;
}
