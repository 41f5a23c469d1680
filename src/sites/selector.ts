/**
 * A CSS selector as one site used it, with the date it was last seen working. Each group is an array, newest
 * first: when a site changes its markup, the new selector goes on top and the old one stays as a fallback until
 * it is clearly gone.
 */
export type Selector = { css: string; seen: string };

export type SelectorGroup = readonly Selector[];

/** Every group of one site, by name. The names appear in the health report ("comment", "text", …). */
export type SelectorTable = Record<string, SelectorGroup>;

/** The first element that the group's newest working selector finds, searching the selectors in order. */
export function first(root: ParentNode, group: SelectorGroup): Element | undefined {
  for (const selector of group) {
    const found = root.querySelector(selector.css);
    if (found) return found;
  }
  return undefined;
}

/** Every element that any selector of the group finds, in document order, without duplicates. */
export function all(root: ParentNode, group: SelectorGroup): Element[] {
  if (group.length === 1 && group[0]) return [...root.querySelectorAll(group[0].css)];
  return [...root.querySelectorAll(group.map((selector) => selector.css).join(","))];
}

/** Whether the element itself matches any selector of the group. */
export function matches(element: Element, group: SelectorGroup): boolean {
  return group.some((selector) => element.matches(selector.css));
}

/** The nearest ancestor (or the element itself) that matches the group. */
export function closest(element: Element, group: SelectorGroup): Element | undefined {
  return element.closest(group.map((selector) => selector.css).join(",")) ?? undefined;
}

/** `all`, with `root` itself in front when it matches: a subtree handed to a watcher may be a comment itself. */
export function allFrom(root: ParentNode, group: SelectorGroup): Element[] {
  const found = all(root, group);
  if (root instanceof Element && matches(root, group)) found.unshift(root);
  return found;
}

/** `closest` for any node: a text node asks from its parent element. */
export function closestTo(node: Node, group: SelectorGroup): Element | undefined {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element ? closest(element, group) : undefined;
}

/** Elements of the group inside `container` that belong to it and not to a nested comment. */
export function own(container: Element, group: SelectorGroup, comment: SelectorGroup): Element[] {
  return all(container, group).filter((found) => closest(found, comment) === container);
}

/** The first element of `own`. */
export function firstOwn(container: Element, group: SelectorGroup, comment: SelectorGroup): Element | undefined {
  for (const selector of group) {
    for (const found of container.querySelectorAll(selector.css)) {
      if (closest(found, comment) === container) return found;
    }
  }
  return undefined;
}
