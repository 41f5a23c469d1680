import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { DraftContext } from "../shared/replies";

/** What the draft check needs to know about the comment a draft answers. */
export function draftContext(
  comment: CommentSnapshot | undefined,
  assessment: Assessment | undefined,
  site: CommentSnapshot["site"],
): DraftContext {
  const context: DraftContext = { site };
  if (assessment) {
    context.language = assessment.language;
    context.forbiddenWords = assessment.violations.flatMap((violation) => violation.evidence).slice(0, 200);
  }
  if (comment?.author.name) context.authorName = comment.author.name;
  return context;
}
