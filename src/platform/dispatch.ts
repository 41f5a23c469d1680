import * as z from "zod/mini";
import {
  describeIssues,
  Envelope,
  isMessageType,
  MESSAGES,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type Result,
  ResultEnvelope,
  type SenderKind,
} from "../shared/messages";
import { siteForUrl } from "../shared/sites";

/**
 * The receiving half of messaging, free of the extension API so it can be tested with plain objects:
 * classify the sender, validate the request, run the handler. It never throws; the answer is validated where it
 * arrives (readResponse).
 */
export type SenderInfo = { id?: string; url?: string; tab?: { id?: number }; frameId?: number };
export type Context = { extensionId: string; extensionOrigin: string };
export type Handler<K extends MessageType> = (
  request: RequestOf<K>,
  sender: SenderInfo,
) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in MessageType]?: Handler<K> };

export function classifySender(sender: SenderInfo, context: Context): Result<SenderKind> {
  if (sender.id !== context.extensionId) return { ok: false, error: "refused: the sender is not Gelassen" };
  if (sender.url?.startsWith(context.extensionOrigin)) return { ok: true, value: "extension" };
  if (sender.tab && siteForUrl(sender.url)) return { ok: true, value: "content" };
  return { ok: false, error: "refused: the sender is neither a Gelassen page nor a supported site" };
}

/**
 * Answers one raw message. Returns undefined for messages that are not Gelassen's (so other listeners may
 * answer them) and, when `refuseUnknown` is off, for Gelassen messages this context has no handler for.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  context: Context,
  refuseUnknown: boolean,
): Promise<Result<unknown> | undefined> {
  const envelope = z.safeParse(Envelope, raw);
  if (!envelope.success) {
    return refuseUnknown
      ? { ok: false, error: `refused: malformed message (${describeIssues(envelope.error)})` }
      : undefined;
  }
  const { type, payload } = envelope.data;
  const handler = isMessageType(type) ? (handlers[type] as Handler<MessageType> | undefined) : undefined;
  if (!isMessageType(type) || !handler) {
    return refuseUnknown ? { ok: false, error: `refused: unknown message "${type}"` } : undefined;
  }
  const spec = MESSAGES[type];
  const kind = classifySender(sender, context);
  if (!kind.ok) return kind;
  if (!spec.from.includes(kind.value)) {
    return { ok: false, error: `refused: "${type}" may not come from a ${kind.value} sender` };
  }
  const request = z.safeParse(spec.request, payload);
  if (!request.success) {
    return { ok: false, error: `refused: invalid "${type}" request (${describeIssues(request.error)})` };
  }
  try {
    // The answer is checked where it arrives (readResponse), like every message, not twice.
    return { ok: true, value: await handler(request.data as RequestOf<MessageType>, sender) };
  } catch (error) {
    return { ok: false, error: `"${type}" failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Checks an answer on the sending side: the envelope, then the response schema. */
export function readResponse<K extends MessageType>(type: K, raw: unknown): Result<ResponseOf<K>> {
  if (raw === undefined) return { ok: false, error: `no one answered "${type}"` };
  const envelope = z.safeParse(ResultEnvelope, raw);
  if (!envelope.success) return { ok: false, error: `"${type}" got a malformed answer` };
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  const response = z.safeParse(MESSAGES[type].response, envelope.data.value);
  if (!response.success) {
    return { ok: false, error: `"${type}" got an invalid response (${describeIssues(response.error)})` };
  }
  return { ok: true, value: response.data as ResponseOf<K> };
}

/**
 * Wraps a request for sending. It is checked once, where it arrives (dispatch), not here as well: a batch of 200
 * comments checked on both sides cost the page's main thread tens of milliseconds twice over (issue 11), and the
 * receiver must check it anyway, since anything may claim to be Gelassen.
 */
export function buildRequest<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope {
  return { gelassen: 1, type, payload };
}
