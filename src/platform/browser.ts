/**
 * The one reference to the extension API. Everything else goes through the small wrappers in this folder, which
 * is the seam unit tests replace.
 *
 * Firefox provides `browser`; Chrome provides `chrome`, whose APIs return promises in Manifest V3 (Chrome 120+,
 * our minimum) for every call Gelassen makes. The one difference that matters, an onMessage listener answering
 * with a promise, is avoided by answering through `sendResponse` (see messaging.ts), which both support. So no
 * polyfill is bundled; its types describe the promise-based API both browsers offer.
 */
import type Browser from "webextension-polyfill";

const scope = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
const api = scope.browser ?? scope.chrome;

if (!api?.runtime?.id) throw new Error("Gelassen's extension code must run inside the extension.");

export const browser: typeof Browser = api;
export type { Runtime, Storage, Tabs } from "webextension-polyfill";
