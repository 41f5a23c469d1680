import { assessWith } from "../../src/analysis/assess";
import { detectLanguage } from "../../src/analysis/language";
import { type OffensiveModel, scoreOffensive } from "../../src/analysis/model";
import { normalise } from "../../src/analysis/normalise";
import { snapshotOf } from "../../src/analysis/snapshot";
import type { Assessment } from "../../src/shared/assessment";
import type { Example } from "./data";
import { measure } from "./measure";

/**
 * The whole analysis (rules, model and verdict) measured on labelled comments: what `npm run train` and
 * `npm run check-analysis` print for the development split beside the cross-validation.
 */
export interface Evaluation {
  /** GermEval's official F1 of the model alone, and of the `offensive` flag (rules and model together). */
  modelF1: number;
  offensiveF1: number;
  /** Abusive: GermEval ABUSE or INSULT, Davidson hate speech or offensive. */
  abusive: number;
  mayDelete: { total: number; abusive: number; offensive: number };
  review: { total: number; abusive: number; offensive: number };
  /** Non-offensive comments (GermEval OTHER, Davidson neither) and how many were called may-delete or review. */
  harmless: { total: number; mayDelete: number; review: number };
  /** Abusive comments caught by may-delete, and by may-delete or review. */
  caught: { mayDelete: number; either: number };
  /** Per fine label: how many, and how many got each verdict. */
  byLabel: Record<string, { total: number; mayDelete: number; review: number }>;
}

export const ABUSIVE = new Set(["ABUSE", "INSULT", "hate", "offensive"]);

export function assessText(model: OffensiveModel, text: string): Assessment {
  return assessWith(model, snapshotOf(text), { companyName: "" });
}

export function evaluate(model: OffensiveModel, examples: readonly Example[]): Evaluation {
  const truth: number[] = [];
  const byModel: number[] = [];
  const byFlag: number[] = [];
  const result: Evaluation = {
    modelF1: 0,
    offensiveF1: 0,
    abusive: 0,
    mayDelete: { total: 0, abusive: 0, offensive: 0 },
    review: { total: 0, abusive: 0, offensive: 0 },
    harmless: { total: 0, mayDelete: 0, review: 0 },
    caught: { mayDelete: 0, either: 0 },
    byLabel: {},
  };
  for (const example of examples) {
    const assessment = assessText(model, example.text);
    const abusive = ABUSIVE.has(example.fine);
    truth.push(example.offensive ? 1 : 0);
    byFlag.push(assessment.offensive ? 1 : 0);
    const normalised = normalise(example.text);
    byModel.push(
      scoreOffensive(model, normalised, detectLanguage(normalised.text, normalised.tokens).language).offensive ? 1 : 0,
    );
    const label = result.byLabel[example.fine] ?? { total: 0, mayDelete: 0, review: 0 };
    result.byLabel[example.fine] = label;
    label.total++;
    if (abusive) result.abusive++;
    if (!example.offensive) result.harmless.total++;
    for (const tier of ["mayDelete", "review"] as const) {
      if (assessment.verdict !== (tier === "mayDelete" ? "may-delete" : "review")) continue;
      result[tier].total++;
      label[tier]++;
      if (abusive) result[tier].abusive++;
      if (example.offensive) result[tier].offensive++;
      if (!example.offensive) result.harmless[tier]++;
      if (abusive) {
        if (tier === "mayDelete") result.caught.mayDelete++;
        result.caught.either++;
      }
    }
  }
  result.modelF1 = measure(truth, byModel).f1;
  result.offensiveF1 = measure(truth, byFlag).f1;
  return result;
}
