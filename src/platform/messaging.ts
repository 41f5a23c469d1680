import type { MessageType, RequestOf, ResponseOf, Result } from "../shared/messages";
import { browser } from "./browser";
import { buildRequest, type Context, dispatch, type Handlers, readResponse, type SenderInfo } from "./dispatch";

function context(): Context {
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL("") };
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends to the worker (no tab) or to the content script of one tab. Never throws: failures are results. */
export async function send<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  target?: { tabId: number },
): Promise<Result<ResponseOf<K>>> {
  const request = buildRequest(type, payload);
  try {
    const raw = target
      ? await browser.tabs.sendMessage(target.tabId, request, { frameId: 0 })
      : await browser.runtime.sendMessage(request);
    return readResponse(type, raw);
  } catch (error) {
    return { ok: false, error: `"${type}" could not be delivered: ${failure(error)}` };
  }
}

/**
 * Answers the given messages in this context. `refuseUnknown` is for the worker, the one place every message to
 * the runtime reaches: it answers anything it does not know with a refusal instead of leaving the sender waiting.
 * Returns a function that stops listening.
 */
export function handle(handlers: Handlers, options: { refuseUnknown: boolean }): () => void {
  // Answering through sendResponse (and returning true to keep the channel open) works alike in Chrome and
  // Firefox; returning a promise from the listener does not work in every Chrome version Gelassen supports.
  const listener = (raw: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void) => {
    // Returning false leaves messages this context does not handle to other listeners.
    if (!options.refuseUnknown && !handlesType(raw, handlers)) return false;
    void dispatch(raw, sender, handlers, context(), options.refuseUnknown).then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener: (listener: (...args: never[]) => unknown) => void;
    removeListener: (listener: (...args: never[]) => unknown) => void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

function handlesType(raw: unknown, handlers: Handlers): boolean {
  const type = (raw as { type?: unknown } | null)?.type;
  return typeof type === "string" && Object.hasOwn(handlers, type);
}
