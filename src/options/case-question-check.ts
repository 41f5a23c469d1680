import { addressFormOf, findAddress } from "../replies/address-form";
import { caseQuestion } from "../replies/case/phrases";
import type { Case, MissingKind } from "../shared/case";
import type { AddressForm, CaseQuestion } from "../shared/guidelines";

/**
 * The checks the options page runs on the company's own case questions. A question goes into a reply as its
 * {question} and is filled like Gelassen's own (replies/render.ts `fill`): after it only the contact placeholders
 * mean something there; any other name would reach the commenter as "{…}" or as an empty gap.
 */

/** {wcontact}: a written way to reach the company (e-mail, web form, else the site's private messages); {contact}
 * may be the phone too. */
export const QUESTION_PLACEHOLDERS = ["wcontact", "contact"] as const;

export const MAX_QUESTION_LENGTH = 300;

/** Every "{name}" the text holds that a question cannot use, each once, as written. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(/\{([^{}\n]*)\}/g)].map((match) => match[1] ?? "");
  const known: readonly string[] = QUESTION_PLACEHOLDERS;
  return [...new Set(names.filter((name) => !known.includes(name)).map((name) => `{${name}}`))];
}

/** A brace left open or closed alone ("{wcontact", "wcontact}"): a typo the reply would show as it is. */
export function strayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[^{}\n]*\}/g, ""));
}

export type FormMismatch = { used: "sie" | "du"; words: string[] };

/**
 * The company writes one German question for every German reply, whatever the address form the reply takes (the
 * override has no du and Sie wording of its own). A question that says Sie where the guidelines say du, or du
 * where they say Sie, breaks the reply's form; when the guidelines mirror the commenter, one that addresses
 * the reader at all is used for both forms.
 */
export function formMismatch(text: string, form: AddressForm): FormMismatch | undefined {
  const used = addressFormOf(text);
  if (!used || (form !== "mirror" && used === form)) return undefined;
  const spans = findAddress(text)[used];
  return { used, words: [...new Set(spans.map((span) => span.text))] };
}

const BLANK: Case = {
  numbers: [],
  amounts: [],
  dates: [],
  durations: [],
  places: [],
  people: [],
  problemWords: [],
  errors: [],
};

export type BuiltIn = { sie: string; du: string; en: string };

/** Gelassen's own question for what is missing, in its first wording (replies alternate between two). */
export function builtInQuestion(missing: MissingKind): BuiltIn {
  const kase: Case = { ...BLANK, missing };
  const ask = (language: "de" | "en", form?: "sie" | "du") => caseQuestion(kase, { language, form }) ?? "";
  return { sie: ask("de", "sie"), du: ask("de", "du"), en: ask("en") };
}

/** The guidelines' list with one kind's question replaced, or removed when both wordings are empty. */
export function withQuestion(
  list: readonly CaseQuestion[],
  missing: MissingKind,
  wording: { de: string; en: string },
): CaseQuestion[] {
  const de = wording.de.trim();
  const en = wording.en.trim();
  const others = list.filter((question) => question.missing !== missing);
  return de || en ? [...others, { missing, de, en }] : others;
}
