import type { Context, MeaningFinding } from "./context";
import { findIdentityHate } from "./identity-hate";
import { findThreats } from "./threats";

export type { MeaningFinding } from "./context";

/** Violations read by meaning: who is targeted and what is said of them (see each rule's file). */
export function readMeaning(context: Context): MeaningFinding[] {
  return [...findIdentityHate(context), ...findThreats(context)];
}
