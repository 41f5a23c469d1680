import { browser } from "./browser";

/**
 * Runs one of the extension's own files in a frame of a tab, in the extension's isolated world there (beside the
 * content script, sharing its globals). Needs the `scripting` permission and host access to the tab's site.
 */
export async function runFileInFrame(tabId: number, frameId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
