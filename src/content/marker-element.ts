import MARKER_CSS from "./marker.css";
import type { MarkerView } from "./marker-view";

/** Marks the host element of every marker, so the watcher ignores its own insertions and switch-off finds them. */
export const MARKER_ATTRIBUTE = "data-gelassen-marker";

/** On the marker's button while its tooltip is dismissed. */
const QUIET = "data-quiet";

/**
 * The visible marker: a small button in a Shadow DOM (its own styles; the page's CSS neither leaks in nor out),
 * focusable with the keyboard, labelled in the browser's language, with a tooltip that says why.
 */
export class Marker {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly text: HTMLElement;
  private readonly tip: HTMLElement;
  /** The description: the tooltip without the summary the label already carries (no doubled reading). */
  private readonly why: HTMLElement;
  key = "";

  constructor(onActivate: (marker: Marker) => void) {
    this.host = document.createElement("span");
    this.host.setAttribute(MARKER_ATTRIBUTE, "");
    const shadow = this.host.attachShadow({ mode: "open" });
    // A <style> per marker: measured faster to lay out than one adopted sheet shared by 2,000 shadow roots, and
    // Firefox's content-script wrappers may refuse an adopted sheet made in this world.
    const style = document.createElement("style");
    style.textContent = MARKER_CSS;
    shadow.append(style);
    this.button = document.createElement("button");
    this.button.type = "button";
    this.button.setAttribute("aria-describedby", "why");
    const dot = document.createElement("span");
    dot.className = "dot";
    this.text = document.createElement("span");
    this.button.append(dot, this.text);
    this.tip = document.createElement("span");
    this.tip.className = "tip";
    this.tip.id = "tip";
    this.tip.setAttribute("role", "tooltip");
    this.why = document.createElement("span");
    this.why.id = "why";
    this.why.hidden = true;
    shadow.append(this.button, this.tip, this.why);
    // The site's own click handlers (open the comment, the profile) must not see clicks on the marker.
    for (const type of ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown"] as const) {
      this.button.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type === "keydown" && (event as KeyboardEvent).key === "Escape") this.hushTip();
        if (type !== "click") return;
        // A marker that sits inside a link must not follow it.
        event.preventDefault();
        // Only the user opens the panel: a page script's click() is not theirs.
        if (event.isTrusted) onActivate(this);
      });
      // The tooltip can be hovered (WCAG 1.4.13), so it is part of the marker for the site's handlers too.
      this.tip.addEventListener(type, (event) => event.stopPropagation());
    }
    // Hushed until the pointer or the focus leaves and comes back.
    this.button.addEventListener("blur", () => this.button.removeAttribute(QUIET));
    this.host.addEventListener("mouseleave", () => this.button.removeAttribute(QUIET));
  }

  /** Escape hides the tooltip without moving the focus or the pointer (WCAG 1.4.13, dismissible). */
  hushTip(): void {
    this.button.setAttribute(QUIET, "");
  }

  show(key: string, view: MarkerView): void {
    this.key = key;
    if (this.button.dataset.look !== view.look) this.button.dataset.look = view.look;
    if (this.text.textContent !== view.text) this.text.textContent = view.text;
    if (this.button.getAttribute("aria-label") !== view.label) this.button.setAttribute("aria-label", view.label);
    if (this.tip.textContent !== view.tooltip) this.tip.textContent = view.tooltip;
    if (this.why.textContent !== view.description) this.why.textContent = view.description;
  }
}
