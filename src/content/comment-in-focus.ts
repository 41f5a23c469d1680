import type { TrackedComment } from "./comment-registry";
import type { PageContext } from "./feature";
import { MARKER_ATTRIBUTE } from "./marker-element";
import { UI_ATTRIBUTE } from "./ui-attribute";

/** A span of the page from top to bottom (viewport pixels), as getBoundingClientRect gives it. */
export type Span = { top: number; bottom: number };

/** The focused element, looked for inside shadow roots (a marker's button is in one). */
export function deepFocus(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** How far `span` is from `point` vertically: 0 when it covers the point. */
const distance = (span: Span, point: number) => Math.max(0, span.top - point, point - span.bottom);

/**
 * Of the candidates, the one nearest to `point`, preferring those on screen (within 0 and `height`); undefined
 * when none is on screen.
 */
export function nearest<T>(candidates: readonly T[], spanOf: (candidate: T) => Span, point: number, height: number) {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const span = spanOf(candidate);
    if (span.bottom <= 0 || span.top >= height || span.bottom <= span.top) continue;
    const away = distance(span, point);
    if (away < bestDistance) {
      best = candidate;
      bestDistance = away;
    }
  }
  return best;
}

/**
 * The comment the keyboard shortcut means: the one the focus is in (its text, its marker, its buttons, or the
 * reply box that answers it), else the marked comment on screen nearest to the focus (or to the upper middle of
 * the window when nothing on the page has focus).
 */
export function commentForShortcut(page: PageContext): { tracked: TrackedComment; marker: HTMLElement } | undefined {
  const focused = deepFocus();
  const host = focused?.getRootNode() instanceof ShadowRoot ? (focused.getRootNode() as ShadowRoot).host : focused;
  const inPage = host && !host.closest(`[${UI_ATTRIBUTE}]`) ? host : undefined;
  const markerOf = (tracked: TrackedComment) =>
    tracked.element.isConnected ? tracked.element.querySelector<HTMLElement>(`[${MARKER_ATTRIBUTE}]`) : null;
  const container = inPage ? page.adapter.commentOf(inPage) : undefined;
  // Which comment it is, by Gelassen's own memory of the element, never by an attribute the page can rewrite.
  const key = page.comments.keyOf(container);
  const own = key === undefined ? undefined : page.comments.get(key);
  const ownMarker = own && markerOf(own);
  if (own && ownMarker) return { tracked: own, marker: ownMarker };
  const box = inPage && inPage !== document.body ? inPage.getBoundingClientRect() : undefined;
  const point = box ? (box.top + box.bottom) / 2 : innerHeight / 3;
  const marked = page.comments.all().flatMap((tracked) => {
    const marker = markerOf(tracked);
    return marker ? [{ tracked, marker }] : [];
  });
  return nearest(marked, ({ marker }) => marker.getBoundingClientRect(), point, innerHeight);
}
