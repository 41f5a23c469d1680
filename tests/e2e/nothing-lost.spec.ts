// Issue 12, item 3 in the browser: a removal the user made reaches the deletion log although the worker is
// stopped in the middle and the tab is closed before the site's own wait is over.
import type { Page } from "@playwright/test";
import { expect, test } from "./extension";
import { comment, commentByText, openAssessed, pick } from "./guard-checks";
import { deletionLog } from "./monitor-helpers";
import { stopWorker, wokenWorker } from "./worker-control";

const held = (page: Page) =>
  page.evaluate(async () => Object.keys((await chrome.storage.local.get("heldRemovals")).heldRemovals ?? {}));

test("a hide survives the worker stopping mid-way and the tab closing at once", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  const mark = commentByText("x", "You are a bunch of clueless idiots");
  await openAssessed(page, "x", "en", [mark]);
  const extensionPage = await gelassen.context.newPage();
  await extensionPage.goto(`chrome-extension://${gelassen.extensionId}/options.html`);

  // The user hides the insult (X asks for no confirmation); the worker is stopped while it takes the entry.
  await pick(page, mark, "hide");
  await stopWorker(gelassen, page);
  await expect(comment(page, mark)).toBeHidden();
  // Handed over in the gesture: kept outside the page before the site's wait for a confirmation is over.
  await expect.poll(() => held(extensionPage)).toHaveLength(1);
  await page.close();

  await wokenWorker(gelassen, extensionPage);
  await expect
    .poll(async () => (await deletionLog(gelassen)).map((entry) => [entry.commentKey, entry.action]))
    .toEqual([[mark, "hide"]]);
  await expect.poll(() => held(extensionPage)).toEqual([]);
});
