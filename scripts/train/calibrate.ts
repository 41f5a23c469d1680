import { reviewable } from "../../src/analysis/assess";
import { readIntent } from "../../src/analysis/intent";
import { repairEvasions } from "../../src/analysis/meaning/repair";
import { type OffensiveModel, scoreOffensive } from "../../src/analysis/model";
import { normalise } from "../../src/analysis/normalise";
import { readTone } from "../../src/analysis/tone";
import { readViolations } from "../../src/analysis/violations";
import { DELETABLE_KINDS } from "../../src/shared/assessment";
import type { Example } from "./data";
import { ABUSIVE } from "./evaluate";

/**
 * The two thresholds the verdict takes from the model, chosen on the training part's out-of-fold probabilities
 * (each comment scored by the fold model that did not see it), never on the development split:
 * - `confirm`: from which probability a derogatory word said of a person (a rule names it) becomes an insult
 *   that may be deleted. The lowest threshold at which the licence stays trustworthy: the confirmed insults add
 *   at most one percentage point of false licence on harmless comments, and at least 85 % of them are abusive.
 * - `review`: from which probability a comment no rule names is shown for review. The lowest threshold at which
 *   the review is still worth the user's look: at least 65 % of the reviewed comments offensive, at most 8 % of
 *   the data set's harmless comments and at most 2 % of what customers write to companies (English) sent to
 *   review — a review tier that cries wolf is soon ignored. What may-delete and
 *   review then catch together is reported, not chosen.
 */
/**
 * What customers write to companies (customer-care dev file, all harmless): the comments a company page gets most.
 * The review must not flag more than 2 % of them, whatever the data set's own mix of offence allows.
 */
export interface CareRow {
  p: number;
  eligible: boolean;
}
const MAX_CARE_REVIEWED = 0.02;

export interface CalibrationRow {
  /** Out-of-fold probability. */
  p: number;
  offensive: boolean;
  abusive: boolean;
  /** The rules alone name a deletable violation. */
  named: boolean;
  /** A derogatory word is said of a person (meaning/derogatory.ts). */
  candidates: boolean;
  /** A review would have words to point at (not only swearing). */
  eligible: boolean;
}

export interface Calibration {
  confirm: number;
  review: number;
  /** What the chosen thresholds give on these out-of-fold probabilities. */
  summary: string;
  /** One line per threshold step, for the training report. */
  curve: string[];
}

const STEPS = Array.from({ length: 70 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100);
const MAX_ADDED_FALSE_LICENCE = 0.01;
const MIN_CONFIRMED_PRECISION = 0.85;
const MIN_REVIEW_PRECISION = 0.65;
const MAX_HARMLESS_REVIEWED = 0.08;

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

export function calibrate(rows: readonly CalibrationRow[], care: readonly CareRow[] = []): Calibration {
  const harmless = rows.filter((row) => !row.offensive).length;
  const abusive = rows.filter((row) => row.abusive).length;
  let confirm = 1;
  for (const t of STEPS) {
    const confirmed = rows.filter((row) => !row.named && row.candidates && row.p >= t);
    const added = confirmed.filter((row) => !row.offensive).length / Math.max(1, harmless);
    const precision = confirmed.filter((row) => row.abusive).length / Math.max(1, confirmed.length);
    if (added <= MAX_ADDED_FALSE_LICENCE && precision >= MIN_CONFIRMED_PRECISION) {
      confirm = t;
      break;
    }
  }
  const licensed = (row: CalibrationRow) => row.named || (row.candidates && row.p >= confirm);
  const curve: string[] = [];
  let floor = 0;
  for (const t of STEPS) {
    const reviewed = rows.filter((row) => !licensed(row) && row.eligible && row.p >= t);
    const caught = rows.filter((row) => row.abusive && (licensed(row) || (row.eligible && row.p >= t))).length;
    const precision = reviewed.filter((row) => row.offensive).length / Math.max(1, reviewed.length);
    curve.push(
      `  ${t.toFixed(2)}  review ${String(reviewed.length).padStart(5)}  precision ${pct(
        reviewed.filter((row) => row.offensive).length,
        reviewed.length,
      ).padStart(6)}  caught ${pct(caught, abusive).padStart(6)}`,
    );
    const harmlessReviewed = reviewed.filter((row) => !row.offensive).length / Math.max(1, harmless);
    const careReviewed = care.filter((row) => row.eligible && row.p >= t).length / Math.max(1, care.length);
    const quiet = harmlessReviewed <= MAX_HARMLESS_REVIEWED && careReviewed <= MAX_CARE_REVIEWED;
    if (!floor && precision >= MIN_REVIEW_PRECISION && quiet) floor = t;
  }
  const chosen = floor || 1;
  const deleted = rows.filter(licensed);
  const reviewed = rows.filter((row) => !licensed(row) && row.eligible && row.p >= chosen);
  const summary = [
    `may-delete ${pct(deleted.filter((row) => row.abusive).length, deleted.length)} abusive,`,
    `catches ${pct(deleted.filter((row) => row.abusive).length, abusive)} of the abusive;`,
    `review ${pct(reviewed.filter((row) => row.offensive).length, reviewed.length)} offensive;`,
    `both catch ${pct(deleted.filter((row) => row.abusive).length + reviewed.filter((row) => row.abusive).length, abusive)};`,
    `harmless: ${pct(deleted.filter((row) => !row.offensive).length, harmless)} may-delete,`,
    `${pct(reviewed.filter((row) => !row.offensive).length, harmless)} review`,
  ].join(" ");
  return { confirm, review: chosen, curve, summary };
}

/** The rows for one data set: what the rules read in each comment, beside its out-of-fold probability. */
export function calibrationRows(examples: readonly Example[], probabilities: ArrayLike<number>): CalibrationRow[] {
  return examples.map((example, index) => {
    const normalised = normalise(example.text);
    const { violations, candidates, defused } = readViolations(repairEvasions(normalised));
    const named = violations.some((violation) => DELETABLE_KINDS.includes(violation.kind));
    return {
      p: probabilities[index] as number,
      offensive: example.offensive,
      abusive: ABUSIVE.has(example.fine),
      named,
      candidates: candidates.length > 0,
      eligible: reviewable(
        normalised,
        candidates,
        defused,
        readIntent(normalised, readTone(normalised, violations, 0), ""),
      ),
    };
  });
}

/** Customer messages (all harmless) with the model's probability and whether a review would apply. */
export function careRows(model: OffensiveModel, texts: readonly string[]): CareRow[] {
  return texts.map((text) => {
    const normalised = normalise(text);
    const { violations, candidates, defused } = readViolations(repairEvasions(normalised));
    const intent = readIntent(normalised, readTone(normalised, violations, 0), "");
    return {
      p: scoreOffensive(model, normalised, "en").probability,
      eligible: reviewable(normalised, candidates, defused, intent),
    };
  });
}
