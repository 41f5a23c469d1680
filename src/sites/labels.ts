import { stripInvisible } from "../shared/comment";

/**
 * Words a site shows in its interface, in English and German. The sites translate `aria-label`s and button
 * texts, so every label lookup names both languages; adapters fall back to structure where a label fails.
 */
export type Label = {
  en: readonly string[];
  de: readonly string[];
  /** The whole text is the label ("Reply"), or starts with it ("Reply to Jane Doe’s comment"), or contains it. */
  match: "exact" | "prefix" | "contains";
};

export function normaliseLabel(text: string | null | undefined): string {
  return stripInvisible(text ?? "")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function labelMatches(text: string | null | undefined, label: Label): boolean {
  const seen = normaliseLabel(text);
  if (!seen) return false;
  return [...label.en, ...label.de].some((word) => {
    const wanted = normaliseLabel(word);
    if (label.match === "exact") return seen === wanted;
    if (label.match === "prefix") return seen.startsWith(wanted);
    return seen.includes(wanted);
  });
}

/** Whether the element's accessible label or visible text matches. */
export function elementMatches(element: Element, label: Label): boolean {
  return labelMatches(element.getAttribute("aria-label"), label) || labelMatches(element.textContent, label);
}

/** The first of `candidates` whose label or text matches. */
export function findByLabel<T extends Element>(candidates: Iterable<T>, label: Label): T | undefined {
  for (const candidate of candidates) if (elementMatches(candidate, label)) return candidate;
  return undefined;
}

/**
 * The first element under `root` matching `selector` whose label or text matches, as `findByLabel` over them all,
 * but without reading every candidate's text when `root`'s text holds none of the words: a candidate's text is
 * part of its root's, so then only an `aria-label` can match. (X's deep tweets made the full scan, one text per
 * nested div, cost over 1 ms per reply: issue 11.)
 */
export function findByLabelIn(root: Element, selector: string, label: Label): Element | undefined {
  const text = normaliseLabel(root.textContent);
  const mayHold = [...label.en, ...label.de].some((word) => text.includes(normaliseLabel(word)));
  if (mayHold) return findByLabel(root.querySelectorAll(selector), label);
  for (const candidate of root.querySelectorAll(selector))
    if (candidate.hasAttribute("aria-label") && labelMatches(candidate.getAttribute("aria-label"), label))
      return candidate;
  return undefined;
}
