import { stripInvisible } from "../shared/comment";

/** Elements after which the visible text breaks onto a new line. */
const BLOCKS = new Set(["ADDRESS", "BLOCKQUOTE", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "OL", "P", "UL"]);

/** Never part of a comment's text: our own marker, hidden nodes, scripts. */
function isSkipped(element: Element): boolean {
  if (element.hasAttribute("data-gelassen-marker") || element.hasAttribute("hidden")) return true;
  if (element.tagName === "SCRIPT" || element.tagName === "STYLE" || element.tagName === "TEMPLATE") return true;
  const style = element.getAttribute("style");
  return style !== null && /display:\s*none/i.test(style);
}

/**
 * The text a reader sees in `root`: emoji drawn as images become their `alt` text, line breaks and paragraphs
 * become "\n", zero-width and bidi characters go, and spaces are collapsed. `skip` leaves out elements such as a
 * "See more" button inside the text.
 */
export function visibleText(root: Element, skip?: (element: Element) => boolean): string {
  let out = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace between tags is layout, not a line break; newlines inside real text (X's pre-wrap) are.
      out += /^\s+$/.test(data) ? " " : data;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element) || skip?.(element)) return;
    if (element.tagName === "IMG") {
      out += element.getAttribute("alt") ?? "";
      return;
    }
    if (element.tagName === "BR") {
      out += "\n";
      return;
    }
    // A block starts and ends a line; it does not add an empty line of its own ("<p>a</p><p>b</p>" is "a\nb").
    const block = BLOCKS.has(element.tagName);
    if (block && out && !out.endsWith("\n")) out += "\n";
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block && out && !out.endsWith("\n")) out += "\n";
  };
  walk(root);
  return tidyText(out);
}

/** Collapses spaces within lines and runs of empty lines, so paragraphs survive but layout whitespace does not. */
export function tidyText(text: string): string {
  return stripInvisible(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text of one short label (a name, a badge) on a single line. */
export function lineText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const text = visibleText(element).replace(/\s+/g, " ").trim();
  return text || undefined;
}
