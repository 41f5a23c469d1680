import { assessWith } from "../../src/analysis/assess";
import type { OffensiveModel } from "../../src/analysis/model";
import { snapshotOf } from "../../src/analysis/snapshot";
import { type Example, loadCustomerCare } from "./data";

/**
 * The false-licence rate: of the comments that are not violations, the share the analysis would let a manager
 * delete. The verdict comes from the explicit rules alone (the model only adds toxicity and non-deletable
 * profanity), so this figure is the same whichever fold's model is used; it is measured on every example.
 */
export interface LicenceRow {
  name: string;
  licensed: number;
  total: number;
}

function licensed(model: OffensiveModel, texts: readonly string[]): number {
  return texts.filter((text) => assessWith(model, snapshotOf(text), { companyName: "" }).verdict === "may-delete")
    .length;
}

export function licenceRates(
  model: OffensiveModel,
  root: string,
  germEval: Example[],
  davidson: Example[],
): LicenceRow[] {
  const care = loadCustomerCare(root);
  const rows: Array<[string, string[]]> = [
    ["GermEval OTHER (not offensive)", germEval.filter((e) => e.fine === "OTHER").map((e) => e.text)],
    ["GermEval PROFANITY (swearing only)", germEval.filter((e) => e.fine === "PROFANITY").map((e) => e.text)],
    ["Davidson neither", davidson.filter((e) => e.fine === "neither").map((e) => e.text)],
    ["Customer care: customers", care.customers],
    ["Customer care: agents", care.agents],
  ];
  const out = rows.map(([name, texts]) => ({ name, licensed: licensed(model, texts), total: texts.length }));
  const all = out.reduce((sum, row) => ({ licensed: sum.licensed + row.licensed, total: sum.total + row.total }), {
    licensed: 0,
    total: 0,
  });
  return [...out, { name: "All non-violations", ...all }];
}

/** For contrast: how much real abuse the rules let go (the share of labelled insults and abuse called may-delete). */
export function deletionRecall(model: OffensiveModel, germEval: Example[], davidson: Example[]): LicenceRow[] {
  const rows: Array<[string, string[]]> = [
    ["GermEval INSULT", germEval.filter((e) => e.fine === "INSULT").map((e) => e.text)],
    ["GermEval ABUSE", germEval.filter((e) => e.fine === "ABUSE").map((e) => e.text)],
    ["Davidson hate speech", davidson.filter((e) => e.fine === "hate").map((e) => e.text)],
  ];
  return rows.map(([name, texts]) => ({ name, licensed: licensed(model, texts), total: texts.length }));
}
