import type { PageStatus, Result } from "../shared/messages";
import { SITE_NAMES } from "../shared/sites";

/** The popup's one-line summary of a page, as a `_locales` key and its substitutions. */
export type Line = { key: string; substitutions: string[] };

export function statusLine(enabled: boolean, status: Result<PageStatus> | undefined): Line {
  if (!enabled) return { key: "statusSwitchedOff", substitutions: [] };
  if (!status) return { key: "statusLoading", substitutions: [] };
  if (!status.ok) return { key: "statusNoContact", substitutions: [] };
  if (!status.value.active) return { key: "statusStarting", substitutions: [] };
  const { found, assessed } = status.value.counts;
  if (found === 0 && status.value.missing.includes("comment")) {
    return { key: "statusLayoutChanged", substitutions: [SITE_NAMES[status.value.site]] };
  }
  // Before the page has settled, no comment is no answer yet: comments load late.
  if (found === 0) return { key: status.value.settled ? "statusNoneYet" : "statusLooking", substitutions: [] };
  if (status.value.missing.length) return { key: "statusMissing", substitutions: [status.value.missing.join(", ")] };
  return { key: "statusCounts", substitutions: [String(found), String(assessed)] };
}

/**
 * Which way Gelassen recognised this page's comments: by the known selectors, or by structure (ids, roles,
 * links) because the site's layout changed. Undefined while there is nothing to say.
 */
export function pathLine(status: Result<PageStatus> | undefined): Line | undefined {
  if (!status?.ok || !status.value.active || status.value.counts.found === 0) return undefined;
  const paths = status.value.foundBy;
  if (!paths.includes("structure"))
    return paths.length ? { key: "statusFoundBySelectors", substitutions: [] } : undefined;
  return { key: paths.includes("selectors") ? "statusFoundByBoth" : "statusFoundByStructure", substitutions: [] };
}
