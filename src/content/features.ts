import { assessComments } from "./assess-comments";
import { commentMarkers } from "./comment-markers";
import { deleteGuard } from "./delete-guard";
import { draftCheck } from "./draft-check";
import type { Feature } from "./feature";
import { findComments } from "./find-comments";
import { presence } from "./presence";
import { replyWatch } from "./reply-watch";
import { suggestionPanel } from "./suggestion-panel";
import { threadReport } from "./thread-report";

/**
 * Every content-script feature, in start order (markers and assessment listen before comments are found).
 * A meta-test checks each feature file is listed here.
 */
export const FEATURES: readonly Feature[] = [
  presence,
  commentMarkers,
  assessComments,
  suggestionPanel,
  deleteGuard,
  draftCheck,
  replyWatch,
  threadReport,
  findComments,
];
