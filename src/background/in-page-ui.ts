import type { Handlers } from "../platform/dispatch";
import { runFileInFrame } from "../platform/scripting";

/** The in-page UI's bundle (build.mjs): not a manifest content script, and not exposed to web pages. */
const IN_PAGE_UI_FILE = "content-ui.js";

/**
 * The content script's in-page UI, given on its first use: the worker puts the file into the very frame that
 * asked (dispatch has checked it is a content script on a supported site), and answers once it has run there.
 */
export const IN_PAGE_UI_HANDLERS: Handlers = {
  "in-page-ui/load": async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error("the request came from no tab");
    await runFileInFrame(tabId, sender.frameId ?? 0, IN_PAGE_UI_FILE);
    return {};
  },
};
