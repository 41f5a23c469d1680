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
 * but without reading every candidate's text: when `root`'s text holds none of the words only an `aria-label` can
 * match, and a text can only start with (or be) a label when its first words do, so for those labels a candidate
 * whose first text says something else is passed over unread. (X's deep tweets made the full scan, one text per
 * nested div, cost over 1 ms per reply, most of reading one: issue 11.)
 */
export function findByLabelIn(root: Element, selector: string, label: Label): Element | undefined {
  const words = [...label.en, ...label.de].map(normaliseLabel);
  const text = normaliseLabel(root.textContent);
  if (!words.some((word) => text.includes(word))) {
    for (const candidate of root.querySelectorAll(`:is(${selector})[aria-label]`))
      if (labelMatches(candidate.getAttribute("aria-label"), label)) return candidate;
    return undefined;
  }
  if (label.match === "contains") return findByLabel(root.querySelectorAll(selector), label);
  // A candidate's first text can only be one of these: one walk over the root's texts instead of one per candidate
  // (a deep tweet has hundreds of nested divs, and X puts the words in every reply of a thread).
  const starts = textsThatMayStart(root, words);
  if (!starts.length) return findByLabel(root.querySelectorAll(`:is(${selector})[aria-label]`), label);
  for (const candidate of root.querySelectorAll(selector))
    if (
      (candidate.hasAttribute("aria-label") || (holdsAny(candidate, starts) && mayStartWith(candidate, words))) &&
      elementMatches(candidate, label)
    )
      return candidate;
  return undefined;
}

const couldStart = (text: string, words: readonly string[]) =>
  words.some((word) => word.startsWith(text) || text.startsWith(word));

/** The texts under `root` that are not blank and could start one of `words`. */
function textsThatMayStart(root: Element, words: readonly string[]): Node[] {
  const starts: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normaliseLabel(node.nodeValue);
    if (text && couldStart(text, words)) starts.push(node);
  }
  return starts;
}

const holdsAny = (element: Element, nodes: readonly Node[]) => nodes.some((node) => element.contains(node));

/** Whether the element's text could start with one of `words`, judged by its first text that is not blank. */
function mayStartWith(element: Element, words: readonly string[]): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const first = normaliseLabel(node.nodeValue);
    if (first) return couldStart(first, words);
  }
  return false;
}
