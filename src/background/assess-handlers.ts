import { assessComment } from "../analysis";
import type { Handlers } from "../platform/dispatch";
import { loadGuidelines, loadSettings, watchGuidelines } from "../platform/storage";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { isSiteEnabled } from "../shared/settings";
import { siteForUrl } from "../shared/sites";
import { AssessmentCache } from "./assess-cache";
import { WarmUp } from "./warm-up";

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

const warmUp = new WarmUp();

/** The content script's batches: the analysis on the device, with a cache. */
export const ASSESS_HANDLERS: Handlers = {
  "analysis/prepare": async (_request, sender) => {
    // Only for a site Gelassen is switched on for: its page will send comments; another's never will.
    const site = siteForUrl(sender.url);
    if (!site || !isSiteEnabled(await loadSettings(), site)) return { warming: false };
    return { warming: warmUp.start() };
  },
  "comments/assess": async ({ comments }) => {
    const guidelines = await currentGuidelines();
    warmUp.noteAssessed(comments.length);
    return { assessments: assessBatch(comments, guidelines, cache) };
  },
};
