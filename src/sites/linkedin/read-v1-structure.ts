import type { Author } from "../../shared/comment";
import { lineText } from "../dom-text";
import { type Label, labelMatches } from "../labels";
import { parseCount } from "../numbers";
import { own, type SelectorGroup } from "../selector";
import { parseDegree } from "./parse";
import { LABELS, SELECTORS } from "./selectors";

/**
 * A v1 comment read from what survives a redesign of its class names: the author's description link holds the
 * author's lines in a fixed order (name, badges, degree, headline), the text carries `dir`, counts are in
 * aria-labels and short lines. Used field by field where the class selectors find nothing.
 */
export type ActorLines = {
  link: Element;
  name: string | undefined;
  badges: string[];
  degree: Author["degree"];
  headline: string | undefined;
  premium: boolean;
  verified: boolean;
};

const hasOwnText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === 3 && (node as Text).data.trim() !== "");

/** The elements of `root` that hold text themselves, each as one line, in document order. */
function textLines(root: Element): string[] {
  return [...root.querySelectorAll("*")]
    .filter(hasOwnText)
    .map((element) => lineText(element))
    .filter((line): line is string => line !== undefined);
}

const labelled = (root: Element, label: Label) =>
  [...root.querySelectorAll("[aria-label]")].some((icon) => labelMatches(icon.getAttribute("aria-label"), label));

export function actorLines(article: Element, comments: SelectorGroup): ActorLines | undefined {
  // The first profile link with words in it: an avatar link may come first and hold only a picture.
  let link: Element | undefined;
  let lines: string[] = [];
  for (const candidate of own(article, SELECTORS.profileByStructure, comments)) {
    lines = textLines(candidate);
    link = candidate;
    if (lines.length) break;
  }
  if (!link) return undefined;
  const [name, ...rest] = lines;
  const degreeLine = rest.find((line) => parseDegree(line) !== undefined);
  const badges = rest.filter((line) => labelMatches(line, LABELS.author) || labelMatches(line, LABELS.knownBadge));
  const headline = rest.filter((line) => line !== degreeLine && !badges.includes(line)).at(-1);
  return {
    link,
    name,
    badges,
    degree: parseDegree(degreeLine),
    headline,
    premium: labelled(link, LABELS.premium),
    verified: labelled(link, LABELS.verified),
  };
}

/** The comment's text block: the outermost own element with a direction that is not a link, button or time. */
export function textByStructure(article: Element, comments: SelectorGroup): Element | undefined {
  return own(article, SELECTORS.textByStructure, comments).find((element) => !element.closest("a, button, time"));
}

/** "4 Reactions on Jane’s comment": the reactions button's label, never the "React Like" button's. */
export function reactionsByStructure(article: Element, comments: SelectorGroup): number | undefined {
  const labels = own(article, [{ css: "button[aria-label]", seen: "2026-04-28" }], comments).map((button) =>
    button.getAttribute("aria-label"),
  );
  // "Open reactions menu" matches the word but has no count.
  return labels
    .map((label) => (labelMatches(label, LABELS.reactions) ? parseCount(label) : undefined))
    .find((count) => count !== undefined);
}

/** "3 replies" / "3 Antworten" as a short line of its own. */
export function replyCountByStructure(article: Element, comments: SelectorGroup): number | undefined {
  const line = own(article, [{ css: "span", seen: "2026-04-28" }], comments).find((span) =>
    /^\d+\s+(repl(y|ies)|antwort(en)?)$/i.test(span.textContent?.trim() ?? ""),
  );
  return parseCount(line?.textContent);
}
