import type { OffensiveModel } from "./model";

/** Until `npm run train` has written assets/model/, the rules alone judge. */
export function shippedModel(): OffensiveModel | undefined {
  return undefined;
}
