import type { Assessment, Role, Tone, Verdict, ViolationKind } from "../../src/shared/assessment";

/**
 * Gelassen's own functional test suite for the analysis: for every category the product must read (hate, threats
 * and insults in their ordinary forms, what must stay `keep`, and what a comment wants), templated cases over many
 * targets and wordings in German and English, each with what a social-media lead expects. Written for this
 * project; nothing is taken from published hate-speech test suites or from any data set.
 */
export interface Expectation {
  verdict?: Verdict | readonly Verdict[];
  /** A violation of this kind must be named. */
  kind?: ViolationKind;
  role?: Role | readonly Role[];
  tone?: Tone | readonly Tone[];
  notTone?: readonly Tone[];
  replyNeeded?: boolean;
  complaint?: boolean;
  sarcasm?: boolean;
  question?: string;
  addressedTo?: Assessment["intent"]["addressedTo"];
  offTopic?: boolean;
}

export interface FunctionalCase {
  category: string;
  language: "de" | "en";
  text: string;
  expect: Expectation;
}

const oneOf = <T>(want: T | readonly T[], value: T) =>
  Array.isArray(want) ? (want as readonly T[]).includes(value) : want === value;

/** What is wrong with an assessment for this case; empty when it passes. */
export function failures(assessment: Assessment, expect: Expectation): string[] {
  const wrong: string[] = [];
  const { intent } = assessment;
  if (expect.verdict !== undefined && !oneOf(expect.verdict, assessment.verdict))
    wrong.push(`verdict ${assessment.verdict}`);
  if (expect.kind && !assessment.violations.some((violation) => violation.kind === expect.kind))
    wrong.push(`no ${expect.kind} (${assessment.violations.map((v) => v.kind).join(", ") || "none"})`);
  if (expect.role !== undefined && !oneOf(expect.role, assessment.role)) wrong.push(`role ${assessment.role}`);
  if (expect.tone !== undefined && !oneOf(expect.tone, assessment.tone)) wrong.push(`tone ${assessment.tone}`);
  if (expect.notTone?.includes(assessment.tone)) wrong.push(`tone ${assessment.tone}`);
  if (expect.replyNeeded !== undefined && expect.replyNeeded !== assessment.replyNeeded)
    wrong.push(`replyNeeded ${assessment.replyNeeded}`);
  if (expect.complaint !== undefined && expect.complaint !== Boolean(intent.complaint))
    wrong.push(`complaint ${intent.complaint?.problem ?? "none"}`);
  if (expect.sarcasm !== undefined && expect.sarcasm !== intent.sarcasm) wrong.push(`sarcasm ${intent.sarcasm}`);
  if (expect.question !== undefined && expect.question !== intent.question)
    wrong.push(`question ${intent.question ?? "none"}`);
  if (expect.addressedTo !== undefined && expect.addressedTo !== intent.addressedTo)
    wrong.push(`addressed to ${intent.addressedTo}`);
  if (expect.offTopic !== undefined && expect.offTopic !== intent.offTopic) wrong.push(`offTopic ${intent.offTopic}`);
  return wrong;
}

export interface CategoryResult {
  category: string;
  language: "de" | "en";
  passed: number;
  total: number;
  failed: Array<{ text: string; wrong: string[] }>;
}

export function runSuite(cases: readonly FunctionalCase[], assess: (text: string) => Assessment): CategoryResult[] {
  const results = new Map<string, CategoryResult>();
  for (const test of cases) {
    const key = `${test.category}\u0000${test.language}`;
    const result = results.get(key) ?? {
      category: test.category,
      language: test.language,
      passed: 0,
      total: 0,
      failed: [],
    };
    const wrong = failures(assess(test.text), test.expect);
    result.total++;
    if (wrong.length) result.failed.push({ text: test.text, wrong });
    else result.passed++;
    results.set(key, result);
  }
  return [...results.values()];
}

/** The per-category table `npm run check-analysis` and the README print: German and English side by side. */
export function suiteTable(results: readonly CategoryResult[]): string {
  const categories = [...new Set(results.map((result) => result.category))];
  const cell = (category: string, language: "de" | "en") => {
    const result = results.find((r) => r.category === category && r.language === language);
    return result ? `${result.passed}/${result.total}` : "–";
  };
  const width = Math.max(...categories.map((category) => category.length)) + 2;
  const total = (language?: "de" | "en") => {
    const chosen = results.filter((r) => !language || r.language === language);
    const passed = chosen.reduce((sum, r) => sum + r.passed, 0);
    const all = chosen.reduce((sum, r) => sum + r.total, 0);
    return `${passed}/${all} (${((100 * passed) / Math.max(1, all)).toFixed(1)} %)`;
  };
  return [
    `${"category".padEnd(width)}${"de".padStart(9)}${"en".padStart(9)}`,
    ...categories.map(
      (category) => `${category.padEnd(width)}${cell(category, "de").padStart(9)}${cell(category, "en").padStart(9)}`,
    ),
    `all: de ${total("de")}, en ${total("en")}, together ${total()}`,
  ].join("\n");
}

/** Every template filled with every target: `{G}` in a template is replaced by the target. */
export function expand(
  category: string,
  language: "de" | "en",
  templates: readonly string[],
  targets: ReadonlyArray<Record<string, string>>,
  expect: Expectation,
): FunctionalCase[] {
  const cases: FunctionalCase[] = [];
  for (const template of templates) {
    for (const target of targets) {
      const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => target[slot] ?? `{${slot}}`);
      cases.push({ category, language, text, expect });
    }
  }
  return cases;
}

/** One case per text, all with the same expectation. */
export function each(
  category: string,
  language: "de" | "en",
  texts: readonly string[],
  expect: Expectation,
): FunctionalCase[] {
  return texts.map((text) => ({ category, language, text, expect }));
}
