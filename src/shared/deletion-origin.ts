import type { DeletionEntry } from "./monitor";
import { siteForUrl } from "./sites";

type Origin = Pick<DeletionEntry, "site" | "url" | "commentKey">;

/**
 * Why a deletion-log entry cannot be a removal the user made on one of the three sites, or undefined when it can:
 * its address is https on the entry's site, its comment key is that site's, and it came from a page of that site.
 * The log is the team's record; an entry a page script made up (a `javascript:` address, another site's key)
 * would push real records out of its bound.
 */
export function deletionOriginProblem(entry: Origin, senderUrl?: string): string | undefined {
  const site = siteForUrl(entry.url);
  if (site === undefined) return "its address is not an https page of Facebook, X or LinkedIn";
  if (site !== entry.site) return `its address is not on ${entry.site}`;
  if (!entry.commentKey.startsWith(`${site}:`) || entry.commentKey.length === site.length + 1)
    return `its comment key is not one of ${site}'s`;
  if (senderUrl !== undefined && siteForUrl(senderUrl) !== site) return `it was not sent from a page of ${site}`;
  return undefined;
}

/** The entry's address when it may be shown as a link (https, on the entry's site); otherwise undefined. */
export function deletionLink(entry: Origin): string | undefined {
  return siteForUrl(entry.url) === entry.site ? entry.url : undefined;
}
