import { HATE_CASES } from "./cases-hate";
import { INSULT_CASES } from "./cases-insults";
import { INTENT_CASES } from "./cases-intent";
import { KEEP_CASES } from "./cases-keep";
import { THREAT_CASES } from "./cases-threats";
import type { FunctionalCase } from "./suite";

/** The whole functional suite, in the order its table prints. */
export const FUNCTIONAL_CASES: readonly FunctionalCase[] = [
  ...HATE_CASES,
  ...THREAT_CASES,
  ...INSULT_CASES,
  ...KEEP_CASES,
  ...INTENT_CASES,
];
