import * as z from "zod/mini";
import { SiteId } from "./sites";

/** Long comments are cut here before they cross a message boundary; the analysis never needs more. */
export const MAX_TEXT_LENGTH = 20_000;

/** What the site shows about who wrote a comment. Every field is "as seen"; nothing is looked up elsewhere. */
export const Author = z.object({
  name: z.optional(z.string().check(z.maxLength(300))),
  /** X handle without the @. */
  handle: z.optional(z.string().check(z.maxLength(100))),
  profileUrl: z.optional(z.string().check(z.maxLength(2000))),
  verified: z.boolean(),
  /** Labels as the site shows them: "Top fan", "Top-Fan", "Author", "Autor", "Top Voice", "Premium". */
  badges: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)),
  /** LinkedIn connection degree. */
  degree: z.optional(z.enum(["1st", "2nd", "3rd+", "following", "you"])),
  headline: z.optional(z.string().check(z.maxLength(500))),
  /** Follower count where the page shows one (rarely next to comments). */
  followers: z.optional(z.number().check(z.nonnegative())),
  /** A company or page rather than a person wrote it. */
  isOrganisation: z.boolean(),
});
export type Author = z.infer<typeof Author>;

export const CommentSnapshot = z.object({
  site: SiteId,
  /** The site's own id of the comment (X status id, Facebook comment_id, LinkedIn comment URN). */
  id: z.string().check(z.minLength(1), z.maxLength(300)),
  /** The post the comment belongs to. */
  threadId: z.string().check(z.minLength(1), z.maxLength(300)),
  url: z.optional(z.string().check(z.maxLength(2000))),
  /** Visible text with emoji kept; zero-width and bidi characters removed. */
  text: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  author: Author,
  /** ISO 8601, when the site shows an absolute time. */
  time: z.optional(z.string().check(z.maxLength(40))),
  /** The time as the site shows it ("3h", "3 Std."), where it shows no absolute one. */
  timeText: z.optional(z.string().check(z.maxLength(100))),
  likes: z.optional(z.number().check(z.nonnegative())),
  replies: z.optional(z.number().check(z.nonnegative())),
  isReply: z.boolean(),
  parentId: z.optional(z.string().check(z.maxLength(300))),
  /** The company itself (the page or account that owns the post) wrote it. */
  byPageOwner: z.boolean(),
  /**
   * The account that owns the post, as the page shows it: X handle without the @, Facebook page slug or page name.
   * A comment that opens by mentioning it ("@DB_Bahn mein Zug …") speaks to the company, not to another commenter.
   */
  threadOwner: z.optional(z.string().check(z.maxLength(300))),
});
export type CommentSnapshot = z.infer<typeof CommentSnapshot>;

/** The key Gelassen uses for a comment everywhere: markers, messages, storage. */
export function commentKey(comment: Pick<CommentSnapshot, "site" | "id">): string {
  return `${comment.site}:${comment.id}`;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes the zero-width and bidi characters sites inject (Facebook does, to poison scrapers). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}
