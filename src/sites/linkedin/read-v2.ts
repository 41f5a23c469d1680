import { type CommentSnapshot, MAX_TEXT_LENGTH } from "../../shared/comment";
import { lineText, visibleText } from "../dom-text";
import { labelMatches } from "../labels";
import { parseCount } from "../numbers";
import { all, closest, firstOwn, matches, own } from "../selector";
import type { ReadResult } from "../site-adapter";
import { cleanProfileUrl, documentUrl, parseUrl } from "../url";
import { followersIn, parseCommentUrn, parseDegree } from "./parse";
import { isPostAuthor } from "./read-v1";
import { LABELS, SELECTORS } from "./selectors";

const C = SELECTORS.commentV2;
const TIME = /^\d+\s?(s|m|h|d|w|mo|yr|Sek\.|Min\.|Std\.|T\.|Tg\.|W\.|Wo\.|Mon\.|J\.)$/i;

/** The URN in componentkey, or else in the tracking scope's byte-array JSON on the container or an ancestor. */
function urnOf(container: Element) {
  const key = parseCommentUrn(container.getAttribute("componentkey"));
  if (key) return key;
  const scope = container.closest("[data-view-tracking-scope]")?.getAttribute("data-view-tracking-scope");
  try {
    const events = JSON.parse(scope ?? "[]") as { breadcrumb?: { content?: { data?: number[] } } }[];
    for (const event of events) {
      const bytes = event.breadcrumb?.content?.data;
      if (Array.isArray(bytes)) {
        const found = parseCommentUrn(new TextDecoder().decode(new Uint8Array(bytes)));
        if (found) return found;
      }
    }
  } catch {
    // A scope that is not JSON is simply not a source of ids.
  }
  return undefined;
}

/** Reads one comment of LinkedIn's newer feed. Pure: looks only at the element and its document's address. */
export function inspectLinkedInV2(container: Element): ReadResult {
  const base = documentUrl(container);
  const missing: string[] = [];
  const urn = urnOf(container);
  if (!urn) missing.push("commentV2");
  const actor = firstOwn(container, SELECTORS.actorV2, C);
  const lines = actor ? [...actor.querySelectorAll("p")] : [];
  const nameLine = lines[0];
  const name = nameLine && lineText(nameLine.firstElementChild ?? nameLine)?.replace(/\s*•.*$/, "");
  if (!name) missing.push("actorV2");
  const textElement = firstOwn(container, SELECTORS.textV2, C);
  if (!textElement) missing.push("textV2");
  if (!urn || !name) return { comment: undefined, missing };

  const rest = lines.slice(1).map((line) => lineText(line) ?? "");
  const badges = rest.filter((line) => labelMatches(line, LABELS.author) || labelMatches(line, LABELS.knownBadge));
  const headline = rest.filter((line) => line && !badges.includes(line)).at(-1);
  const profile = parseUrl(actor?.getAttribute("href"), base);
  const organisation = profile?.pathname.startsWith("/company/") ?? false;
  const reactions = own(container, [{ css: "button[aria-label]", seen: "2026-01-24" }], C).find(
    (button) =>
      !matches(button, SELECTORS.reactionV2) && labelMatches(button.getAttribute("aria-label"), LABELS.reactions),
  );
  const timeLine = own(container, [{ css: "time, p", seen: "2026-01-24" }], C).find(
    (p) => !actor?.contains(p) && TIME.test(p.textContent?.trim() ?? ""),
  );
  const parent = container.parentElement ? closest(container.parentElement, C) : undefined;
  const replyCount = own(container, [{ css: "span", seen: "2026-01-24" }], C).find((span) =>
    /^\d+\s+(repl(y|ies)|antwort(en)?)$/i.test(span.textContent?.trim() ?? ""),
  );
  const comment: CommentSnapshot = {
    site: "linkedin",
    id: urn.id,
    threadId: urn.threadId,
    text: textElement
      ? visibleText(textElement, (el) => matches(el, SELECTORS.moreTextV2)).slice(0, MAX_TEXT_LENGTH)
      : "",
    author: {
      name: name.slice(0, 300),
      profileUrl: profile ? cleanProfileUrl(profile) : undefined,
      verified: all(actor ?? container, [{ css: "svg[aria-label], img[alt]", seen: "2026-01-24" }]).some((icon) =>
        labelMatches(icon.getAttribute("aria-label") ?? icon.getAttribute("alt"), LABELS.verified),
      ),
      badges: badges.slice(0, 20),
      degree: parseDegree(nameLine?.textContent),
      headline: headline?.slice(0, 500),
      followers: followersIn(headline),
      isOrganisation: organisation,
    },
    time: timeLine?.getAttribute("datetime") ?? undefined,
    timeText: lineText(timeLine)?.slice(0, 100),
    likes: parseCount(reactions?.getAttribute("aria-label")),
    replies: parseCount(replyCount?.textContent),
    isReply: parent !== undefined || actor?.getAttribute("data-view-name") === "reply-actor-description",
    parentId: parent ? urnOf(parent)?.id : undefined,
    byPageOwner: isPostAuthor(container, profile, badges),
  };
  return { comment, missing };
}
