/**
 * Finding words and sentences in a draft. JavaScript's `\b` knows only ASCII letters, so "Blödsinn" would match
 * inside "Blödsinnig" and "Idiot" would not end before "ä"; these helpers use Unicode letter boundaries instead.
 */
export type Span = { start: number; end: number; text: string };

const BEFORE = "(?<![\\p{L}\\p{N}_])";
const AFTER = "(?![\\p{L}\\p{N}_])";

/** A case-insensitive pattern for whole words or phrases; each alternative is a regex source. */
export function words(alternatives: readonly string[]): RegExp {
  return new RegExp(`${BEFORE}(?:${alternatives.join("|")})${AFTER}`, "giu");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as the user typed it, matched with any run of spaces and, where it starts or ends with a letter, as whole words. */
export function phrase(text: string): RegExp | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const body = trimmed.split(/\s+/).map(escapeRegExp).join("\\s+");
  const start = /^[\p{L}\p{N}]/u.test(trimmed) ? BEFORE : "";
  const end = /[\p{L}\p{N}]$/u.test(trimmed) ? AFTER : "";
  return new RegExp(`${start}${body}${end}`, "giu");
}

export function findAll(text: string, pattern: RegExp): Span[] {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  // One pass and one array: a draft of 20,000 emoji has as many findings per pattern.
  const spans: Span[] = [];
  for (const match of text.matchAll(global)) {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/**
 * Sentences with their offsets. A full stop after a digit ("3. Juni", "14. 5.") does not end a sentence, so a
 * date stays inside the promise it belongs to.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const boundary = /(?<=[\p{L}\p{Emoji_Presentation})"'”’\]])[.!?…]+(?=\s|$)|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body });
}

/** Letters as a comparable key: lower case, without accents' case differences ("Ärger" = "ärger"). */
export function fold(word: string): string {
  return word.toLocaleLowerCase("de");
}
