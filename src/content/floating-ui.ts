import type { VNode } from "preact";
import { loadedViews, loadViews } from "./in-page-ui";
import type { InPageViews } from "./in-page-views";
import { UI_ATTRIBUTE } from "./ui-attribute";

/** What a user does with Gelassen's in-page UI; a page script can forge each of them, but not make it trusted. */
const GESTURES = ["click", "keydown", "keyup", "input", "beforeinput", "change", "submit"] as const;

const HOST_CSS = `:host { all: initial; } .layer { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }`;
const GAP = 6;

/** What a floating UI shows, drawn with the in-page views once they are loaded. */
export type View = (views: InPageViews) => VNode;

/**
 * A Preact tree floating beside an element of the page, inside a Shadow DOM: the page's CSS cannot reach it and
 * its CSS cannot reach the page. It is fixed-positioned on the document element, so the page's layout never
 * moves for it, and follows its anchor while the page scrolls. Preact and the components come with the in-page
 * views, loaded on the first show (in-page-ui.ts); the host, its guard against forged gestures and the placing
 * are here, so the features can hold a click or find the host before anything is loaded.
 */
export class FloatingUi {
  readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private anchor: (() => Element | undefined) | undefined;
  private frame = 0;
  private readonly style: HTMLStyleElement;
  /** Counts shows and closes: a show that waited for the views draws only if nothing came after it. */
  private turn = 0;
  private readonly follow = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  constructor(kind: string, attributes: Record<string, string> = {}) {
    // A custom element name, so the page's selectors for div or span do not match the host.
    this.host = document.createElement("gelassen-ui");
    this.host.setAttribute(UI_ATTRIBUTE, kind);
    for (const [name, value] of Object.entries(attributes)) this.host.setAttribute(name, value);
    this.host.style.cssText = "all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0;";
    const shadow = this.host.attachShadow({ mode: "open" });
    this.style = document.createElement("style");
    this.style.textContent = HOST_CSS;
    this.layer = document.createElement("div");
    this.layer.className = "layer";
    shadow.append(this.style, this.layer);
    // The shadow root is open (for the browser's accessibility tools), so a page script could click "Insert" or
    // "Delete anyway" in it: untrusted events end here, before the buttons' handlers see them.
    for (const type of GESTURES)
      shadow.addEventListener(
        type,
        (event) => {
          if (event.isTrusted) return;
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        { capture: true },
      );
  }

  get open(): boolean {
    return this.host.isConnected;
  }

  /**
   * Shows `view` beside `anchor`: an element, or a function that finds it again (sites re-render their rows, and
   * the UI should follow the new element rather than close). At once when the in-page views are loaded, else as
   * soon as they are, unless another show or a close came first.
   */
  show(view: View, anchor: Element | (() => Element | undefined)): void {
    const turn = ++this.turn;
    const views = loadedViews();
    if (views) {
      this.draw(views, view, anchor);
      return;
    }
    loadViews().then(
      (loaded) => {
        if (turn === this.turn) this.draw(loaded, view, anchor);
      },
      (error) => console.error("Gelassen could not load its in-page UI", error),
    );
  }

  close(): void {
    this.turn++;
    cancelAnimationFrame(this.frame);
    removeEventListener("scroll", this.follow, { capture: true });
    removeEventListener("resize", this.follow);
    loadedViews()?.render(null, this.layer);
    this.host.remove();
    this.anchor = undefined;
  }

  private draw(views: InPageViews, view: View, anchor: Element | (() => Element | undefined)): void {
    this.anchor = typeof anchor === "function" ? anchor : () => (anchor.isConnected ? anchor : undefined);
    if (this.style.textContent === HOST_CSS) this.style.textContent = `${views.css}\n${HOST_CSS}`;
    if (!this.host.isConnected) {
      document.documentElement.append(this.host);
      addEventListener("scroll", this.follow, { capture: true, passive: true });
      addEventListener("resize", this.follow, { passive: true });
    }
    views.render(view(views), this.layer);
    this.place();
  }

  /** Below the anchor where it fits, else above; always inside the viewport. The owner decides when to close. */
  private place(): void {
    // An anchor gone for the moment (a re-rendered row, a modal over the page) leaves the UI where it was.
    const anchor = this.anchor?.();
    if (!anchor) return;
    const target = anchor.getBoundingClientRect();
    const box = this.host.getBoundingClientRect();
    const below = target.bottom + GAP;
    const top =
      below + box.height <= innerHeight || target.top - GAP - box.height < 0 ? below : target.top - GAP - box.height;
    const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, innerWidth - box.width - GAP));
    this.host.style.top = `${Math.max(GAP, Math.min(top, innerHeight - box.height - GAP))}px`;
    this.host.style.left = `${left}px`;
  }
}
