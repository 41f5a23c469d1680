import { type CommentSnapshot, MAX_TEXT_LENGTH } from "../../shared/comment";
import { lineText, visibleText } from "../dom-text";
import { elementMatches, labelMatches } from "../labels";
import { parseCount } from "../numbers";
import { own } from "../selector";
import type { ReadResult } from "../site-adapter";
import { cleanProfileUrl, documentUrl, parseUrl } from "../url";
import { LABELS, SELECTORS } from "./selectors";

/** Any comment article, by today's selectors or by structure: a part inside another one belongs to that one. */
const C = [...SELECTORS.comment, ...SELECTORS.commentByStructure];

/** The post id in a Facebook address: /posts/<id>, /videos/<id>, /permalink/<id>, story_fbid= or fbid=. */
export function postIdOf(url: URL): string | undefined {
  const path = /\/(?:posts|videos|permalink|reel)\/([\w.-]+)/.exec(url.pathname)?.[1];
  return path ?? url.searchParams.get("story_fbid") ?? url.searchParams.get("fbid") ?? undefined;
}

/** Whether `element` stands inside the comment's own text, where anyone may paste a link to another comment. */
const inText = (element: Element, article: Element) => {
  const block = element.closest(TEXT);
  return block !== null && article.contains(block);
};
const TEXT = SELECTORS.text.map((s) => s.css).join(",");

function ids(article: Element, base: string) {
  const links = own(article, SELECTORS.permalink, C).flatMap((element) => {
    const url = inText(element, article) ? undefined : parseUrl(element.getAttribute("href"), base);
    return url ? [{ element, url }] : [];
  });
  const reply = links.find((link) => link.url.searchParams.get("reply_comment_id"))?.url;
  // The time link points at the post; profile links point at the commenter.
  const timeLink = links.find((link) => postIdOf(link.url));
  const first = timeLink?.url ?? links[0]?.url;
  const id = reply?.searchParams.get("reply_comment_id") ?? first?.searchParams.get("comment_id") ?? undefined;
  const parentId = reply?.searchParams.get("comment_id") ?? undefined;
  return { id, parentId, permalink: timeLink?.url, timeLink: timeLink?.element };
}

/** The nearest comment thread (li) around `article` that belongs to another comment: the parent's. */
function parentThread(article: Element): Element | undefined {
  const outer = article.closest("li")?.parentElement?.closest("li");
  return outer?.querySelector('[role="article"]') ? outer : undefined;
}

function replyCount(article: Element, isReply: boolean): number | undefined {
  if (isReply) return undefined;
  const thread = article.closest("li");
  if (!thread) return undefined;
  const shown = [...thread.querySelectorAll('[role="article"]')].filter((a) => a !== article).length;
  // The "View 4 more replies" button sits in the thread, outside every article.
  const more = [...thread.querySelectorAll('[role="button"]')].find(
    (button) => !button.closest('[role="article"]') && elementMatches(button, LABELS.moreReplies),
  );
  if (!more) return shown || undefined;
  const count = parseCount(more.textContent);
  if (count === undefined) return shown || undefined;
  return elementMatches(more, LABELS.allReplies) ? count : shown + count;
}

/** Reads one Facebook comment article. Pure: looks only at the element and its document's address. */
export function inspectFacebook(article: Element): ReadResult {
  const base = documentUrl(article);
  const missing: string[] = [];
  const { id, parentId, permalink, timeLink } = ids(article, base);
  if (!id) missing.push("permalink");

  const authorLink = own(article, SELECTORS.author, C).find(
    (link) => lineText(link) && !postIdOf(parseUrl(link.getAttribute("href"), base) ?? new URL(base)),
  );
  const name = lineText(authorLink);
  if (!name) missing.push("author");
  const profile = parseUrl(authorLink?.getAttribute("href"), base);

  const textBlocks = own(article, SELECTORS.text, C).filter(
    (block) => !block.closest("a") && !block.querySelector('div[dir="auto"]'),
  );
  if (!textBlocks.length) missing.push("text");
  const text = textBlocks
    .map((block) => visibleText(block))
    .join("\n")
    .slice(0, MAX_TEXT_LENGTH);

  const badges = own(article, SELECTORS.badge, C)
    .filter((span) => !span.closest("a") && !span.closest('div[dir="auto"]'))
    .map((span) => lineText(span))
    .filter((badge): badge is string => badge !== undefined && badge.length <= 40)
    .slice(0, 20);
  const verified = own(article, SELECTORS.verified, C).some(
    (icon) =>
      labelMatches(icon.getAttribute("aria-label") ?? icon.getAttribute("alt"), LABELS.verified) &&
      !icon.closest('[aria-hidden="true"]'),
  );
  const reactions = own(article, SELECTORS.buttons, C).find((button) =>
    labelMatches(button.getAttribute("aria-label"), LABELS.reactions),
  );

  const isReply =
    parentId !== undefined ||
    labelMatches(article.getAttribute("aria-label"), LABELS.replyArticle) ||
    parentThread(article) !== undefined;
  const pageUrl = parseUrl(base, base);
  const threadId = (permalink && postIdOf(permalink)) ?? (pageUrl && postIdOf(pageUrl));
  if (!threadId) missing.push("thread");
  const owner = permalink?.pathname.split("/")[1];
  const authorSlug = profile?.pathname.split("/")[1];
  const byPageOwner =
    (owner !== undefined && authorSlug === owner && authorSlug !== "profile.php") ||
    badges.some((badge) => labelMatches(badge, LABELS.author));

  if (!id || !name || !threadId) return { comment: undefined, missing };
  const comment: CommentSnapshot = {
    site: "facebook",
    id,
    threadId,
    url: permalink?.toString(),
    text,
    author: {
      name: name.slice(0, 300),
      profileUrl: profile ? cleanProfileUrl(profile) : undefined,
      verified,
      badges,
      isOrganisation: byPageOwner,
    },
    timeText: lineText(timeLink)?.slice(0, 100),
    likes: reactions ? parseCount(reactions.getAttribute("aria-label")) : undefined,
    replies: replyCount(article, isReply),
    isReply,
    parentId: isReply ? (parentId ?? parentThreadId(article, base)) : undefined,
    byPageOwner,
  };
  return { comment, missing };
}

function parentThreadId(article: Element, base: string): string | undefined {
  const parent = parentThread(article)?.querySelector('[role="article"]');
  return parent ? ids(parent, base).id : undefined;
}
