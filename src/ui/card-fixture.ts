import { render } from "preact";
import { afterEach, beforeEach, vi } from "vitest";
import type { CommentSnapshot } from "../shared/comment";

/** The UI component tests' shared pieces: a comment with the given text, actions that succeed, a fresh host. */
export function commentSaying(text: string): CommentSnapshot {
  return {
    site: "facebook",
    id: "c1",
    threadId: "p1",
    text,
    author: { name: "Jana Weber", verified: false, badges: [], isOrganisation: false },
    isReply: false,
    byPageOwner: false,
  };
}

export const succeedingActions = () => ({
  insert: vi.fn(async () => ({ ok: true as const, value: {} })),
  check: vi.fn(async () => undefined),
});

/**
 * A host element in the document for each test, emptied and removed after it (fake timers undone too); call the
 * returned function for the current test's host.
 */
export function hostPerTest(): () => HTMLElement {
  let host = document.createElement("div");
  beforeEach(() => {
    host = document.createElement("div");
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.useRealTimers();
  });
  return () => host;
}
