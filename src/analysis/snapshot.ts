import type { Author, CommentSnapshot } from "../shared/comment";
import type { SiteId } from "../shared/sites";

/** A comment known only by its text (and what else is given): for the command line, benchmarks and tests. */
export function snapshotOf(
  text: string,
  more: {
    id?: string;
    site?: SiteId;
    author?: Partial<Author>;
    likes?: number;
    byPageOwner?: boolean;
    threadOwner?: string;
  } = {},
): CommentSnapshot {
  const author: Author = { verified: false, badges: [], isOrganisation: false, ...more.author };
  const snapshot: CommentSnapshot = {
    site: more.site ?? "facebook",
    id: more.id ?? "comment",
    threadId: "thread",
    text,
    author,
    isReply: false,
    byPageOwner: more.byPageOwner ?? false,
  };
  if (more.likes !== undefined) snapshot.likes = more.likes;
  if (more.threadOwner) snapshot.threadOwner = more.threadOwner;
  return snapshot;
}
