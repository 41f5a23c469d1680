import type { Finding, FindingCode } from "../shared/replies";
import type { Lexicon } from "./lexicon";
import { findAll, fold, type Span } from "./text-spans";

/** The tone rules: anything that puts a reply on the commenter's level. Every finding here is a problem. */

const problem = (code: FindingCode, span: Span): Finding => ({
  code,
  severity: "problem",
  start: span.start,
  end: span.end,
  text: span.text,
});

const ANGRY_EMOJI = /[😡😠🤬👿💢🖕]/gu;
const EYE_ROLL_EMOJI = /[🙄😒😏🤦🙃😑]/gu;
/**
 * Indignant punctuation: three or more "!", two or more "?", or the two mixed ("?!"). A double "!!" is left to
 * enthusiasm ("Thanks so much!!").
 */
const PUNCTUATION_RUN = /!{3,}|\?{2,}|[!?]*(?:\?!|!\?)[!?]*|(?:!\s+){2,}!/gu;
/** Links, @mentions and #hashtags: their capitals are not the writer's voice. */
const NOT_PROSE = /\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\p{L}\p{N}_]+/gu;
/** Words of capitals, with the apostrophes and hyphens inside them. */
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}\p{N}])/gu;
/** Capitalised short forms that are not shouting. */
const ACRONYMS = new Set([
  "COVID",
  "DSGVO",
  "GDPR",
  "HTTPS",
  "HTML",
  "NASA",
  "UNICEF",
  "UNESCO",
  "FAQS",
  "NIVEA",
  "ASICS",
  "IKEA",
  "USB-C",
  "DHL",
  "UPS",
  "GMBH",
]);

/**
 * Shouting: a word of five or more capitals, or two capital words in a row making six letters or more, one of
 * them at least four long (a list like "OS, CPU, RAM" is acronyms, not shouting). Acronyms, the company's own
 * name (often set in capitals), links, @mentions and hashtags do not count.
 */
function shouting(text: string, companyWords: ReadonlySet<string>): Span[] {
  const hidden = findAll(text, NOT_PROSE);
  const caps = findAll(text, CAPS_WORD).filter(
    (span) =>
      !ACRONYMS.has(span.text) &&
      !companyWords.has(span.text.toUpperCase()) &&
      // "HAMLH 39311", "RW-SOL-20931": the letters of a reference the commenter gave, not shouting.
      !/^[\s/-]?\d/u.test(text.slice(span.end, span.end + 2)) &&
      !hidden.some((h) => h.start <= span.start && span.end <= h.end),
  );
  const out: Span[] = [];
  let run: Span[] = [];
  const flush = () => {
    const letters = run.reduce((sum, span) => sum + span.text.replace(/[^\p{L}]/gu, "").length, 0);
    const first = run[0];
    const last = run[run.length - 1];
    const longest = Math.max(...run.map((span) => span.text.replace(/[^\p{L}]/gu, "").length));
    const loud = run.length >= 2 ? letters >= 6 && longest >= 4 : letters >= 5;
    if (loud && first && last) out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    run = [];
  };
  for (const span of caps) {
    const previous = run[run.length - 1];
    if (previous && !/^[\s,;:.!?-]*$/u.test(text.slice(previous.end, span.start))) flush();
    run.push(span);
  }
  flush();
  return out;
}

/** A forbidden word matches itself and its inflections: "Idioten" is found by "Idiot" and the other way round. */
function repeats(text: string, forbidden: readonly string[]): Span[] {
  const patterns = new Map<string, RegExp>();
  for (const raw of forbidden) {
    const word = fold(raw.trim());
    if (word.length < 3) continue;
    // Short words and phrases match with an inflection ending; longer words by their first letters.
    const exact = word.length <= 5 || word.includes(" ");
    const stem = exact ? word : word.slice(0, Math.max(5, word.length - 2));
    patterns.set(`${stem}|${exact}`, wordStarting(stem, exact));
  }
  return [...patterns.values()].flatMap((pattern) => findAll(text, pattern));
}

function wordStarting(stem: string, exact: boolean): RegExp {
  const body = stem
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const tail = exact ? "(?:e|en|er|es|s|n)?" : "[\\p{L}]*";
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`, "giu");
}

export function toneFindings(
  text: string,
  lexicon: Lexicon,
  forbidden: readonly string[],
  companyWords: ReadonlySet<string>,
): Finding[] {
  const found: Finding[] = [];
  const repeated = repeats(text, forbidden);
  found.push(...repeated.map((span) => problem("repeats-insult", span)));
  const already = (span: Span) => repeated.some((r) => r.start <= span.start && span.end <= r.end);
  found.push(
    ...findAll(text, lexicon.insult)
      .filter((s) => !already(s))
      .map((span) => problem("insult", span)),
  );
  found.push(
    ...findAll(text, lexicon.heat)
      .filter((s) => !already(s))
      .map((span) => problem("heat", span)),
  );
  found.push(...findAll(text, ANGRY_EMOJI).map((span) => problem("heat", span)));
  found.push(...shouting(text, companyWords).map((span) => problem("all-caps", span)));
  found.push(...findAll(text, PUNCTUATION_RUN).map((span) => problem("punctuation", span)));
  found.push(...findAll(text, lexicon.sarcasm).map((span) => problem("sarcasm", span)));
  found.push(...findAll(text, EYE_ROLL_EMOJI).map((span) => problem("sarcasm", span)));
  found.push(...findAll(text, lexicon.blame).map((span) => problem("blame", span)));
  return found;
}
