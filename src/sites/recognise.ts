import type { RecognitionPath } from "../shared/sites";
import { allFrom, matches, type SelectorGroup } from "./selector";

/**
 * How a site's comment containers are recognised, in two layers. `selectors` are today's selectors (class names
 * where the site has usable ones): fast, and the first to break in a redesign. `structure` is what survives one:
 * stable identifiers in attributes (URNs, permalinks, data-testid, data-view-name) and ARIA roles, each
 * candidate confirmed by `accept` (it owns an id link, an author link, a text), which may look deeper.
 */
export type Recognition = {
  selectors: SelectorGroup;
  structure: SelectorGroup;
  /** Whether a structural candidate really is a comment container; the fast path is trusted as it is. */
  accept: (element: Element) => boolean;
};

export type Recogniser = {
  /** Every container in `root` (and `root` itself), in document order, without duplicates. */
  find(root: ParentNode): Element[];
  /** The nearest container around a node. */
  commentOf(node: Node): Element | undefined;
  /** Which layer recognises this container. */
  pathOf(element: Element): RecognitionPath;
  /** Both layers as one group: "does this element belong to another comment?" in the readers. */
  readonly any: SelectorGroup;
};

export function recogniser({ selectors, structure, accept }: Recognition): Recogniser {
  const any = [...selectors, ...structure];
  const anyCss = any.map((selector) => selector.css).join(",");
  const isComment = (element: Element) =>
    matches(element, selectors) || (matches(element, structure) && accept(element));
  return {
    any,
    find(root) {
      const fast = allFrom(root, selectors);
      // The structural query is one more attribute selector over the same subtree: cheap enough to run always,
      // so a page where only some comments lost their classes is still read whole. `accept` runs only for the
      // nodes the fast path missed.
      const known = new Set(fast);
      const missed = allFrom(root, structure).filter((element) => !known.has(element) && accept(element));
      if (!missed.length) return fast;
      return [...fast, ...missed].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    },
    commentOf(node) {
      let at: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
      for (at = at?.closest(anyCss) ?? null; at; at = at.parentElement?.closest(anyCss) ?? null) {
        if (isComment(at)) return at;
      }
      return undefined;
    },
    pathOf: (element) => (matches(element, selectors) ? "selectors" : "structure"),
  };
}
