import { assessComments } from "./assess-comments";
import { commentMarkers } from "./comment-markers";
import type { Feature } from "./feature";
import { findComments } from "./find-comments";
import { presence } from "./presence";

/**
 * Every content-script feature, in start order (markers and assessment listen before comments are found).
 * A meta-test checks each feature file is listed here.
 */
export const FEATURES: readonly Feature[] = [presence, commentMarkers, assessComments, findComments];
