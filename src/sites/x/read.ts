import { type CommentSnapshot, MAX_TEXT_LENGTH } from "../../shared/comment";
import { lineText, visibleText } from "../dom-text";
import { findByLabelIn } from "../labels";
import { countBefore, parseCount } from "../numbers";
import { closest, first } from "../selector";
import type { ReadResult } from "../site-adapter";
import { documentUrl, pathAt } from "../url";
import { COUNT_WORDS, LABELS, SELECTORS } from "./selectors";

/** A tweet by its testid or, should that change, by structure (the adapter confirms it owns a status link). */
const ANY_TWEET = [...SELECTORS.comment, ...SELECTORS.commentByStructure];

const STATUS = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/**
 * The handle and status id of a link to an X status such as /acme/status/1981…, read against the page's address;
 * undefined elsewhere. The address is parsed once (`pathAt`).
 */
export function statusAt(href: string | null | undefined, base: string): { handle: string; id: string } | undefined {
  const path = pathAt(href, base);
  const match = path ? STATUS.exec(path) : null;
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : undefined;
}

/** The tweet's own id, from the link around its time. */
export function tweetId(article: Element): string | undefined {
  return idOfTime(first(article, SELECTORS.permalink), documentUrl(article));
}

/** The id in the status link around a tweet's time (`SELECTORS.permalink`). */
const idOfTime = (time: Element | undefined, base: string) =>
  statusAt(time?.closest("a")?.getAttribute("href"), base)?.id;

/**
 * Whether the tweet continues a reply chain: X draws a line from the tweet above into the tweet's first row
 * (an empty div in the row before the one with the name). CPFT reads the same line from computed styles.
 */
export function isChained(article: Element): boolean {
  const rows = article.firstElementChild?.firstElementChild?.children;
  const top = rows?.[0];
  if (!rows || rows.length < 2 || !top || first(top, SELECTORS.userName)) return false;
  // The row holds a spacer column; the line is an empty div inside it.
  return [...top.querySelectorAll(":scope > div > div")].some(
    (div) => !div.firstElementChild && !div.textContent?.trim(),
  );
}

function translateY(cell: Element): number | undefined {
  const match = /translateY\((-?[\d.]+)px\)/.exec(cell.getAttribute("style") ?? "");
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The tweet drawn right above in a virtualised list (rows are positioned, so DOM order is not page order). */
function tweetAbove(article: Element): Element | undefined {
  const cell = closest(article, SELECTORS.cell);
  const y = cell && translateY(cell);
  if (!cell || y === undefined) {
    const previous = cell?.previousElementSibling;
    return previous ? first(previous, ANY_TWEET) : undefined;
  }
  let best: { y: number; cell: Element } | undefined;
  for (const sibling of cell.parentElement?.children ?? []) {
    const other = translateY(sibling);
    if (other !== undefined && other < y && (!best || other > best.y)) best = { y: other, cell: sibling };
  }
  return best ? first(best.cell, ANY_TWEET) : undefined;
}

/**
 * The link that shows the author's name: the first of User-Name, or, should that testid go, the first link to the
 * handle in the tweet's own status link that has words and is not "@handle" (the avatar link has none).
 */
export function nameLinkOf(article: Element, base: string): Element | undefined {
  return nameLinkIn(article, first(article, SELECTORS.userName), first(article, SELECTORS.permalink), base);
}

/** `nameLinkOf` with the tweet's User-Name and time already found (reading a reply asks for each once). */
function nameLinkIn(
  article: Element,
  names: Element | undefined,
  time: Element | undefined,
  base: string,
): Element | undefined {
  if (names) return names.querySelector("a[href]") ?? undefined;
  const handle = statusAt(time?.closest("a")?.getAttribute("href"), base)?.handle;
  if (!handle) return undefined;
  return [...article.querySelectorAll("a[href]")].find((link) => {
    const text = lineText(link);
    return text && !text.startsWith("@") && pathAt(link.getAttribute("href"), base) === `/${handle}`;
  });
}

/** Reads one reply on an X conversation page. Pure: looks only at the element, its row and the page address. */
export function inspectX(article: Element): ReadResult {
  const base = documentUrl(article);
  const missing: string[] = [];
  const time = first(article, SELECTORS.permalink);
  const id = idOfTime(time, base);
  if (!id) missing.push("permalink");
  const names = first(article, SELECTORS.userName);
  const nameLink = nameLinkIn(article, names, time, base);
  const name = nameLink && lineText(nameLink);
  const handle = nameLink && pathAt(nameLink.getAttribute("href"), base)?.split("/")[1];
  if (!name || !handle) missing.push("author");
  const textElement = first(article, SELECTORS.text);
  if (!textElement) missing.push("text");
  const page = statusAt(base, base);
  const threadId = page?.id ?? (first(article.ownerDocument, SELECTORS.focused) && tweetIdOfFocused(article));
  if (!threadId) missing.push("thread");
  if (!id || !name || !handle || !threadId) return { comment: undefined, missing };

  const summary = first(article, SELECTORS.counts)?.getAttribute("aria-label");
  const likeButton = first(article, SELECTORS.likeButton);
  const chained = isChained(article);
  const replyingTo = findByLabelIn(article, "div", LABELS.replyingTo);
  const comment: CommentSnapshot = {
    site: "x",
    id,
    threadId,
    url: new URL(`/${handle}/status/${id}`, base).toString(),
    text: textElement ? visibleText(textElement).slice(0, MAX_TEXT_LENGTH) : "",
    author: {
      name: name.slice(0, 300),
      handle,
      profileUrl: new URL(`/${handle}`, base).toString(),
      verified: first(names ?? article, SELECTORS.verified) !== undefined,
      badges: [],
      isOrganisation: false,
    },
    time: time?.getAttribute("datetime") ?? undefined,
    timeText: lineText(time)?.slice(0, 100),
    likes: countBefore(summary, COUNT_WORDS.likes) ?? parseCount(likeButton?.textContent),
    replies: countBefore(summary, COUNT_WORDS.replies),
    isReply: chained || replyingTo !== undefined,
    parentId: chained ? tweetIdOrUndefined(tweetAbove(article)) : undefined,
    byPageOwner: page !== undefined && page.handle.toLowerCase() === handle.toLowerCase(),
  };
  if (page) comment.threadOwner = page.handle.slice(0, 300);
  comment.author.isOrganisation = comment.byPageOwner;
  return { comment, missing };
}

function tweetIdOrUndefined(article: Element | undefined): string | undefined {
  return article ? tweetId(article) : undefined;
}

function tweetIdOfFocused(article: Element): string | undefined {
  const focused = first(article.ownerDocument, SELECTORS.focused);
  return focused ? tweetId(focused) : undefined;
}
