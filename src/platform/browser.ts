/**
 * The one import of the extension API. Everything else goes through the small wrappers in this folder, which
 * is the seam unit tests replace.
 */
import browser from "webextension-polyfill";

export type { Runtime, Storage, Tabs } from "webextension-polyfill";
export { browser };
