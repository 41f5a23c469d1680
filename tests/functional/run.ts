import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { FUNCTIONAL_CASES } from "./cases";
import { type CategoryResult, runSuite } from "./suite";

/** The whole suite against the shipped analysis, with a company name so that naming it counts. */
export function runFunctionalSuite(): CategoryResult[] {
  return runSuite(FUNCTIONAL_CASES, (text) => assessComment(snapshotOf(text), { companyName: "Nordlicht" }));
}
