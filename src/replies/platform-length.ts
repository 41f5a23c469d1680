import type { SiteId } from "../shared/sites";
import { eachGrapheme } from "./graphemes";

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

/** Weights of the characters below U+0300 (each its own grapheme there), looked up instead of tested one by one. */
const LATIN_WEIGHTS = Uint8Array.from({ length: 0x300 }, (_, code) => xWeight(String.fromCharCode(code)));

/** Called with each counted unit's start and weight, in order; answering `true` stops the count. */
type UnitVisit = (start: number, weight: number) => boolean | undefined;

/** Walks the text's counted units: links whole on X, graphemes everywhere else. */
function eachUnit(text: string, site: SiteId | undefined, visit: UnitVisit): void {
  const x = site === "x";
  const skip = x ? (text.match(LEADING_MENTIONS)?.[0].length ?? 0) : 0;
  const links = x ? [...text.matchAll(LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  let position = skip;
  for (const link of links) {
    if (link.start < position) continue;
    if (graphemesIn(text, position, link.start, x, visit) || visit(link.start, X_LINK_WEIGHT)) return;
    position = link.end;
  }
  graphemesIn(text, position, text.length, x, visit);
}

/** Visits the graphemes between `from` and `to`; answers whether the visitor stopped. */
function graphemesIn(text: string, from: number, to: number, x: boolean, visit: UnitVisit): boolean {
  const part = text.slice(from, to);
  let stopped = false;
  eachGrapheme(part, (start, end) => {
    const code = part.charCodeAt(start);
    const weight = !x
      ? 1
      : end - start === 1 && code < 0x300
        ? (LATIN_WEIGHTS[code] as number)
        : xWeight(part.slice(start, end));
    stopped = visit(from + start, weight) === true;
    return stopped;
  });
  return stopped;
}

export function platformLength(text: string, site: SiteId | undefined): number {
  let sum = 0;
  eachUnit(text, site, (_, weight) => {
    sum += weight;
    return false;
  });
  return sum;
}

/** The offset where the text first goes over `limit`, or undefined when it fits. */
export function overflowOffset(text: string, site: SiteId | undefined, limit: number): number | undefined {
  let sum = 0;
  let over: number | undefined;
  eachUnit(text, site, (start, weight) => {
    sum += weight;
    if (sum > limit) over = start;
    return over !== undefined;
  });
  return over;
}
