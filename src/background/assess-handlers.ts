import { assessComment } from "../analysis";
import type { Handlers } from "../platform/dispatch";
import { loadGuidelines, watchGuidelines } from "../platform/storage";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { AssessmentCache } from "./assess-cache";

type Assess = (snapshot: CommentSnapshot, guidelines: Pick<Guidelines, "companyName">) => Assessment;

/** Assesses a batch in order, computing only what the cache does not already hold. */
export function assessBatch(
  comments: readonly CommentSnapshot[],
  guidelines: Pick<Guidelines, "companyName">,
  cache: AssessmentCache,
  assess: Assess = assessComment,
): Assessment[] {
  return comments.map((snapshot) => {
    const key = AssessmentCache.key(snapshot, guidelines.companyName);
    const known = cache.get(key);
    if (known) return known;
    const assessment = assess(snapshot, guidelines);
    cache.set(key, assessment);
    return assessment;
  });
}

/**
 * Loads the model and builds the analysis's tables when the worker starts, before a page asks: the first batch of
 * a page otherwise waited for them (about 100 ms on a busy machine, issue 11). The sample's answer is dropped.
 */
export function warmUpAnalysis(assess: Assess = assessComment): void {
  assess(
    {
      site: "x",
      id: "0",
      threadId: "0",
      url: "https://x.com/i/status/0",
      text: "Warum dauert das so lange? Thanks for the quick answer!",
      author: { name: "Gelassen", handle: "gelassen", verified: false, badges: [], isOrganisation: false },
      isReply: false,
      byPageOwner: false,
    },
    { companyName: "" },
  );
}

/** Created on every worker start; empty again after MV3 has stopped the worker, which costs time, not answers. */
const cache = new AssessmentCache();

/**
 * The guidelines the analysis reads, kept while the worker runs and read again once they change: every batch read
 * them from storage before, 3–50 ms on a busy machine for each of the many batches of a long page (issue 11). A
 * read that failed is not kept, so the next batch tries again.
 */
let guidelines: Promise<Guidelines> | undefined;
let watching = false;

function currentGuidelines(): Promise<Guidelines> {
  if (!watching) {
    watching = true;
    watchGuidelines(() => {
      guidelines = undefined;
    });
  }
  if (!guidelines) {
    const loading = loadGuidelines();
    guidelines = loading;
    loading.catch(() => {
      if (guidelines === loading) guidelines = undefined;
    });
  }
  return guidelines;
}

/** The content script's batches: the analysis on the device, with a cache. */
export const ASSESS_HANDLERS: Handlers = {
  "comments/assess": async ({ comments }) => {
    const guidelines = await currentGuidelines();
    return { assessments: assessBatch(comments, guidelines, cache) };
  },
};
