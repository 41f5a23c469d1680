import { type CommentSnapshot, MAX_TEXT_LENGTH } from "../../shared/comment";
import { lineText, visibleText } from "../dom-text";
import { labelMatches } from "../labels";
import { parseCount } from "../numbers";
import { closest, firstOwn, own } from "../selector";
import type { ReadResult } from "../site-adapter";
import { cleanProfileUrl, documentUrl, parseUrl } from "../url";
import { followersIn, parseCommentUrn, parseDegree } from "./parse";
import {
  type ActorLines,
  actorLines,
  reactionsByStructure,
  replyCountByStructure,
  textByStructure,
} from "./read-v1-structure";
import { LABELS, SELECTORS } from "./selectors";

/** Any comment container, by class or by URN: what "belongs to a nested comment" means for this one's parts. */
export const ANY_COMMENT = [...SELECTORS.comment, ...SELECTORS.commentV2, ...SELECTORS.commentByStructure];
const C = ANY_COMMENT;

/** Whether the author is the one who wrote the post (LinkedIn's "Author" label, or the post's own actor). */
export function isPostAuthor(comment: Element, profile: URL | undefined, badges: readonly string[]): boolean {
  if (badges.some((badge) => labelMatches(badge, LABELS.author))) return true;
  const post = closest(comment, SELECTORS.post);
  const actor = post?.querySelector(SELECTORS.postActor.map((s) => s.css).join(","));
  const actorUrl = parseUrl(actor?.getAttribute("href"), documentUrl(comment));
  const path = (url: URL) => url.pathname.replace(/\/+$/, "");
  return Boolean(actorUrl && profile && path(actorUrl) === path(profile));
}

/**
 * Reads one comment of LinkedIn's older post pages. Pure: looks only at the element and its document's address.
 * Each part is read by today's class selectors first and, where they find nothing (a redesign), by structure.
 */
export function inspectLinkedInV1(article: Element): ReadResult {
  const base = documentUrl(article);
  const missing: string[] = [];
  const urn = parseCommentUrn(article.getAttribute("data-id"));
  if (!urn) missing.push("comment");
  // Without today's author block (an older or a newer generation), the author link's lines fill in, read once.
  const todays = firstOwn(article, SELECTORS.actorBlock, C) !== undefined;
  let lines: ActorLines | undefined | null = todays ? undefined : null;
  const actor = () => {
    if (lines === null) lines = actorLines(article, C);
    return lines;
  };
  const avatarName = lineText(firstOwn(article, SELECTORS.avatar, C))?.replace(
    /^View (.*)’s profile$|^Profil von (.*) anzeigen$/,
    "$1$2",
  );
  const name = lineText(firstOwn(article, SELECTORS.name, C)) ?? actor()?.name ?? avatarName;
  if (!name) missing.push("name");
  const textElement = firstOwn(article, SELECTORS.text, C) ?? textByStructure(article, C);
  if (!textElement) missing.push("text");
  if (!urn || !name) return { comment: undefined, missing };

  const profile = parseUrl((firstOwn(article, SELECTORS.profile, C) ?? actor()?.link)?.getAttribute("href"), base);
  const headline = lineText(firstOwn(article, SELECTORS.headline, C)) ?? actor()?.headline;
  const badgesByClass = own(article, SELECTORS.badge, C)
    .map((badge) => lineText(badge))
    .filter((badge): badge is string => Boolean(badge));
  const badges = badgesByClass.length ? badgesByClass : [...(actor()?.badges ?? [])];
  if (firstOwn(article, SELECTORS.premium, C) || actor()?.premium) badges.push("Premium");
  const degreeByClass = parseDegree(
    own(article, SELECTORS.degree, C)
      .map((d) => d.textContent)
      .join(" "),
  );
  const parent = article.parentElement ? closest(article.parentElement, C) : undefined;
  const organisation = profile?.pathname.startsWith("/company/") ?? false;
  const byPageOwner = isPostAuthor(article, profile, badges);
  const time = firstOwn(article, SELECTORS.time, C);
  const reactions = firstOwn(article, SELECTORS.reactions, C);
  const replyCount = firstOwn(article, SELECTORS.replyCount, C);
  const comment: CommentSnapshot = {
    site: "linkedin",
    id: urn.id,
    threadId: urn.threadId,
    text: textElement ? visibleText(textElement).slice(0, MAX_TEXT_LENGTH) : "",
    author: {
      name: name.slice(0, 300),
      profileUrl: profile ? cleanProfileUrl(profile) : undefined,
      verified: firstOwn(article, SELECTORS.verified, C) !== undefined || Boolean(actor()?.verified),
      badges: badges.slice(0, 20),
      degree: degreeByClass ?? actor()?.degree,
      headline: headline?.slice(0, 500),
      followers: followersIn(headline),
      isOrganisation: organisation,
    },
    time: time?.getAttribute("datetime") ?? undefined,
    timeText: lineText(time)?.slice(0, 100),
    likes: reactions
      ? (parseCount(reactions.textContent) ?? parseCount(reactions.getAttribute("aria-label")))
      : reactionsByStructure(article, C),
    replies: replyCount ? parseCount(replyCount.textContent) : replyCountByStructure(article, C),
    isReply: parent !== undefined || article.classList.contains("comments-comment-entity--reply"),
    parentId: parent ? parseCommentUrn(parent.getAttribute("data-id"))?.id : undefined,
    byPageOwner,
  };
  return { comment, missing };
}
