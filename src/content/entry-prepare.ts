// Runs at document_start on the three sites, a few hundred bytes: tells the worker that a page is loading, so the
// analysis warms up while the page loads rather than on the page's first comments (src/background/warm-up.ts,
// issue 11). Nothing is read from the page and the answer is not needed: no comment text is in this message.
import { browser } from "../platform/browser";
import type { Envelope } from "../shared/messages";

const request: Envelope = { gelassen: 1, type: "analysis/prepare", payload: {} };
browser.runtime.sendMessage(request).catch(() => {
  // A worker that cannot be reached now will warm up on the page's first batch instead.
});
