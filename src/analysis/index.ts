import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { assessWith } from "./assess";
import { shippedModel } from "./shipped-model";

export { assessWith } from "./assess";
export { decodeModel, type OffensiveModel } from "./model";

/** Assesses one comment with the model that ships in assets/model/. */
export function assessComment(snapshot: CommentSnapshot, guidelines: Pick<Guidelines, "companyName">): Assessment {
  return assessWith(shippedModel(), snapshot, guidelines);
}

/** Assesses a batch, answers in the same order. */
export function assessComments(
  snapshots: readonly CommentSnapshot[],
  guidelines: Pick<Guidelines, "companyName">,
): Assessment[] {
  const model = shippedModel();
  return snapshots.map((snapshot) => assessWith(model, snapshot, guidelines));
}
