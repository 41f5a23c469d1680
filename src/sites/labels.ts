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
