/**
 * Drafts Gelassen put into reply boxes on this page, by comment key, until the user posts or abandons them:
 * a posted reply makes the thread watched, and a holding reply's promised time becomes a reminder.
 */
export type RecentDraft = {
  key: string;
  text: string;
  followUpBy: string | undefined;
  /** The reply box it went into, where the site shows one. */
  editor: Element | undefined;
  at: number;
};

/** A draft not posted within this time no longer counts as Gelassen's. */
const KEEP_MS = 60 * 60_000;

const drafts = new Map<string, RecentDraft>();

export function recordDraft(
  key: string,
  text: string,
  followUpBy: string | undefined,
  editor: Element | undefined,
): void {
  drafts.set(key, { key, text, followUpBy, editor, at: Date.now() });
}

/** The reply boxes drafts went into that are still on the page. */
export function draftEditors(): Element[] {
  return [...drafts.values()].flatMap((draft) => (draft.editor?.isConnected ? [draft.editor] : []));
}

export function recentDraft(key: string): RecentDraft | undefined {
  const draft = drafts.get(key);
  if (draft && Date.now() - draft.at > KEEP_MS) drafts.delete(key);
  return drafts.get(key);
}

/** The most recent draft of any comment: X's reply box is a dialog outside the comment it answers. */
export function latestDraft(): RecentDraft | undefined {
  let latest: RecentDraft | undefined;
  for (const draft of drafts.values()) if (!latest || draft.at > latest.at) latest = draft;
  return latest && Date.now() - latest.at <= KEEP_MS ? latest : undefined;
}

export function forgetDraft(key: string): void {
  drafts.delete(key);
}

export function forgetAllDrafts(): void {
  drafts.clear();
}
