import { send } from "../platform/messaging";
import type { MessageType, RequestOf } from "../shared/messages";

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * Messages to the worker that must arrive: sent in order, each until the worker answers that it took it. A worker
 * stopped in the middle (MV3 may stop it at any moment) is simply asked again; only a refusal ends the retries,
 * since asking again would be refused again.
 */
export class Outbox {
  private readonly queue: { type: MessageType; payload: unknown }[] = [];
  private sending = false;
  private delay = FIRST_RETRY_MS;
  private timer = 0;

  post<K extends MessageType>(type: K, payload: RequestOf<K>): void {
    this.queue.push({ type, payload });
    if (!this.sending && !this.timer) void this.drain();
  }

  private async drain(): Promise<void> {
    this.sending = true;
    this.timer = 0;
    while (this.queue.length) {
      const { type, payload } = this.queue[0] as { type: MessageType; payload: RequestOf<MessageType> };
      const result = await send(type, payload);
      if (!result.ok && !result.error.startsWith("refused")) {
        this.sending = false;
        this.timer = window.setTimeout(() => void this.drain(), this.delay);
        this.delay = Math.min(this.delay * 2, LAST_RETRY_MS);
        return;
      }
      if (!result.ok) console.error("Gelassen: the worker refused", type, result.error);
      this.queue.shift();
      this.delay = FIRST_RETRY_MS;
    }
    this.sending = false;
  }
}
