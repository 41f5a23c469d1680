import type { SiteId } from "../shared/sites";
import { graphemes } from "./graphemes";

/**
 * Length as each site counts it. Facebook and LinkedIn count characters as a person sees them (one per
 * grapheme). X weighs text: every link counts 23 whatever its length, emoji and most characters outside Latin,
 * Greek, Cyrillic and common punctuation count 2, and the @mentions a reply starts with are free (X shows them
 * above the box, not in the text).
 */
const LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]|\bwww\.[^\s<>"]+[^\s<>".,;:!?)\]'’”]/giu;
const X_LINK_WEIGHT = 23;
const LEADING_MENTIONS = /^(?:\s*@\w{1,15})+\s*/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** X's light ranges (weight 1): Latin through Cyrillic and friends, and general punctuation. */
function xWeight(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  const code = grapheme.codePointAt(0) ?? 0;
  const light =
    code <= 0x10ff ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2010 && code <= 0x201f) ||
    (code >= 0x2032 && code <= 0x2037);
  return light ? 1 : 2;
}

type Unit = { start: number; end: number; weight: number };

/** The text cut into counted units with their offsets: links whole on X, graphemes everywhere else. */
function units(text: string, site: SiteId | undefined): Unit[] {
  const out: Unit[] = [];
  const x = site === "x";
  const skip = x ? (text.match(LEADING_MENTIONS)?.[0].length ?? 0) : 0;
  const links = x ? [...text.matchAll(LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  let position = skip;
  for (const link of links) {
    if (link.start < position) continue;
    pushGraphemes(out, text, position, link.start, x);
    out.push({ start: link.start, end: link.end, weight: X_LINK_WEIGHT });
    position = link.end;
  }
  pushGraphemes(out, text, position, text.length, x);
  return out;
}

function pushGraphemes(out: Unit[], text: string, from: number, to: number, x: boolean): void {
  for (const { segment, index } of graphemes(text.slice(from, to))) {
    out.push({ start: from + index, end: from + index + segment.length, weight: x ? xWeight(segment) : 1 });
  }
}

export function platformLength(text: string, site: SiteId | undefined): number {
  return units(text, site).reduce((sum, unit) => sum + unit.weight, 0);
}

/** The offset where the text first goes over `limit`, or undefined when it fits. */
export function overflowOffset(text: string, site: SiteId | undefined, limit: number): number | undefined {
  let sum = 0;
  for (const unit of units(text, site)) {
    sum += unit.weight;
    if (sum > limit) return unit.start;
  }
  return undefined;
}
