/**
 * Graphemes of a text, as `Intl.Segmenter` finds them, in linear time. V8's segment iterator slows down with
 * the length of its input (20,000 characters: 150 ms; 100,000 characters of emoji: over three minutes), so a
 * long text is never handed to it whole. Two characters below U+0300 (Latin, punctuation, spaces; not CR, which
 * joins a following LF) always have a grapheme boundary between them: no combining mark, joiner or prepended
 * sign is among them. Such pairs are counted without the segmenter; everything else goes to it in short windows
 * that start on a boundary.
 */

/** Called with each grapheme's offsets, in order; answering `true` stops the walk. */
export type GraphemeVisit = (start: number, end: number) => boolean | undefined;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Characters per window: short enough that the segmenter stays fast, long enough to amortise each call. */
const WINDOW = 256;

function simple(code: number): boolean {
  return code < 0x300 && code !== 0x0d;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether `at` is a boundary the pair rule proves: the text's start or end, or between two simple characters. */
function provenBoundary(text: string, at: number): boolean {
  return at === 0 || at === text.length || (simple(text.charCodeAt(at - 1)) && simple(text.charCodeAt(at)));
}

/** Walks the graphemes of `text`, the same `segmenter.segment(text)` yields. */
export function eachGrapheme(text: string, visit: GraphemeVisit, window = WINDOW): void {
  let at = 0;
  while (at < text.length) {
    if (provenBoundary(text, at + 1)) {
      if (visit(at, at + 1)) return;
      at++;
      continue;
    }
    const next = windowAt(text, at, window, visit);
    if (next === undefined) return;
    at = next;
  }
}

/**
 * Segments from `start` (a boundary) up to the next proven boundary or `start + size`, whichever comes first.
 * A boundary depends only on the graphemes before it and the one character after it, so in a window that ends
 * on no proven boundary only the last grapheme may be cut: that one is left for the next window. A window
 * holding a single grapheme that may be cut (a letter with thousands of combining marks) grows. Answers where
 * the next window starts, or undefined when the visitor stopped.
 */
function windowAt(text: string, start: number, size: number, visit: GraphemeVisit): number | undefined {
  let end = start + 1;
  while (end < text.length && end < start + size && !provenBoundary(text, end)) end++;
  // A cut between the halves of a surrogate pair would hide the character that decides the boundary before it.
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  const proven = provenBoundary(text, end);
  const found = [...segmenter.segment(text.slice(start, end))];
  if (!proven && found.length < 2) return windowAt(text, start, size * 2, visit);
  const kept = proven ? found.length : found.length - 1;
  let next = start;
  for (let index = 0; index < kept; index++) {
    const { segment, index: offset } = found[index] as Intl.SegmentData;
    next = start + offset + segment.length;
    if (visit(start + offset, next)) return undefined;
  }
  return next;
}
