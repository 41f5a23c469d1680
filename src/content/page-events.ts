import type { KeyboardCommand } from "../shared/page-messages";
import type { TrackedComment } from "./comment-registry";

export type PageEventMap = {
  /**
   * Comments seen in this frame: new ones, recycled rows now showing another comment, or re-read ones. `bulk` when
   * the frame is part of reading a whole page (more frames follow or preceded), not a few comments arriving live;
   * `more` when further frames of that reading follow (false in its last frame: nothing more is coming).
   */
  found: { comments: readonly TrackedComment[]; bulk?: boolean; more?: boolean };
  /** Elements that showed a comment and no longer do (a row recycled into the post itself, or unreadable now). */
  lost: { elements: readonly Element[] };
  /** Comments whose assessment arrived (or whose assessment failed: see `CommentRegistry.assessError`). */
  assessed: { comments: readonly TrackedComment[] };
  /** The page moved to another address without a load (SPA navigation, a post opened in a dialog). */
  navigated: { url: string };
  /** The user clicked or pressed a marker: the in-page panel opens from here. */
  "marker-activate": { key: string; element: Element; marker: HTMLElement };
  /** One of Gelassen's keyboard shortcuts was pressed here; the feature that acts on it calls `answer(true)`. */
  command: { command: KeyboardCommand; answer: (handled: boolean) => void };
};

type Listener<K extends keyof PageEventMap> = (detail: PageEventMap[K]) => void;

/** A small typed event bus between the content features; listeners go away with the feature's signal. */
export class PageEvents {
  private readonly listeners = new Map<keyof PageEventMap, Set<Listener<never>>>();

  on<K extends keyof PageEventMap>(type: K, listener: Listener<K>, signal: AbortSignal): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(type, set);
    signal.addEventListener("abort", () => set.delete(listener as Listener<never>), { once: true });
  }

  emit<K extends keyof PageEventMap>(type: K, detail: PageEventMap[K]): void {
    for (const listener of this.listeners.get(type) ?? []) {
      try {
        (listener as Listener<K>)(detail);
      } catch (error) {
        // One failing listener must not stop the others, nor reach the page.
        console.error(`Gelassen: a "${type}" listener failed`, error);
      }
    }
  }
}
