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
  if (found === 0) return { key: "statusNoneYet", substitutions: [] };
  if (status.value.missing.length) return { key: "statusMissing", substitutions: [status.value.missing.join(", ")] };
  return { key: "statusCounts", substitutions: [String(found), String(assessed)] };
}
