import type * as z from "zod/mini";

/**
 * Sender kinds: "content" is the content script on one of the three sites; "extension" is one of Gelassen's own
 * pages (popup, options) or the worker.
 */
export type SenderKind = "content" | "extension";

/** One message: who may send it, and the schemas of its request and response. */
export function message<Req extends z.ZodMiniType, Res extends z.ZodMiniType>(
  from: readonly SenderKind[],
  request: Req,
  response: Res,
) {
  return { from, request, response };
}
