import { t } from "../platform/i18n";
import { reasonText, roleLabel, toneLabel, verdictLabel, violationLabel } from "../ui/labels";
import { clearAssessmentAttributes, markedElements, TONE_ATTRIBUTE, VERDICT_ATTRIBUTE } from "./comment-attributes";
import type { TrackedComment } from "./comment-registry";
import type { Feature } from "./feature";
import { frameLoop } from "./frame-loop";
import { MARKER_ATTRIBUTE, Marker } from "./marker-element";
import { type MarkerWords, markerView } from "./marker-view";

/**
 * Per frame: at most this many markers, drawn in at most this long, the clock read every second (the page's own
 * layout of them costs about as much again: a frame of 16 before a look at the clock made a 52 ms task, issue 11).
 */
const MAX_PER_FRAME = 150;
const DRAW_BUDGET_MS = 3;
/** Markers are drawn for comments within this distance of the viewport, the rest as they come near. */
const NEAR_VIEWPORT = "1500px 0px";
/** A handful of new comments (someone just commented) get their markers at once, without waiting to be seen. */
const AT_ONCE = 20;
/** The first comments of a page are drawn at once too: they are the ones on screen when it opens. */
const FIRST = 30;
/** While a page is still being read, asking where its comments are would cost a layout per frame: ask after. */
const QUIET_MS = 120;

const WORDS: MarkerWords = {
  tone: toneLabel,
  role: roleLabel,
  verdict: verdictLabel,
  violation: violationLabel,
  reason: reasonText,
  message: t,
};

function writeAssessment(tracked: TrackedComment): void {
  const { element, assessment } = tracked;
  if (!assessment) {
    if (element.hasAttribute(TONE_ATTRIBUTE)) clearAssessmentAttributes(element);
    return;
  }
  if (element.getAttribute(TONE_ATTRIBUTE) !== assessment.tone) element.setAttribute(TONE_ATTRIBUTE, assessment.tone);
  if (element.getAttribute(VERDICT_ATTRIBUTE) !== assessment.verdict)
    element.setAttribute(VERDICT_ATTRIBUTE, assessment.verdict);
}

/**
 * Puts tone and verdict on every recognised comment's container once assessed, and draws the visible marker
 * beside each comment near the viewport (a page of thousands pays only for what can be seen; the rest follow
 * while scrolling). A recycled row gets its new comment's marker; a marker the site's re-render removed comes back.
 */
export const commentMarkers: Feature = {
  name: "comment-markers",
  init(page, signal) {
    // The first message a content script asks for makes the browser hand over the whole catalogue in a call that
    // waits for its main process: 20 ms and more on a busy machine, inside the frame of the first markers, which
    // made it the longest task of a heavy page (issue 11). Asked when the first comments are found, in the task
    // that read them (a few milliseconds of reading), so it neither lengthens a frame nor holds the reading back.
    let wordsLoaded = false;
    const loadWords = () => {
      if (wordsLoaded) return;
      wordsLoaded = true;
      markerView(undefined, undefined, WORDS);
    };
    const markers = new WeakMap<Element, Marker>();
    const near = new WeakSet<Element>();
    const queue = new Set<TrackedComment>();
    const byHost = new WeakMap<Element, Marker>();
    const activate = (marker: Marker) => {
      const tracked = page.comments.get(marker.key);
      if (tracked)
        page.events.emit("marker-activate", { key: tracked.key, element: tracked.element, marker: marker.host });
    };

    const draw = (tracked: TrackedComment) => {
      const element = tracked.element;
      if (page.comments.elementOf(tracked.key) !== element) return;
      const slot = page.adapter.markerSlot(element);
      if (!slot) return;
      let marker = markers.get(element);
      if (!marker) {
        marker = new Marker(activate);
        markers.set(element, marker);
        byHost.set(marker.host, marker);
      }
      if (marker.host.parentNode !== slot.parent) slot.parent.insertBefore(marker.host, slot.before);
      marker.show(tracked.key, markerView(tracked.assessment, page.comments.assessError, WORDS));
    };
    const loop = frameLoop((deadline) => {
      let drawn = 0;
      const end = Math.min(deadline, performance.now() + DRAW_BUDGET_MS);
      for (const tracked of queue) {
        if (drawn === MAX_PER_FRAME || (drawn % 2 === 0 && drawn > 0 && performance.now() > end)) break;
        queue.delete(tracked);
        draw(tracked);
        drawn += 1;
      }
      return queue.size > 0;
    }, signal);
    const enqueue = (tracked: TrackedComment) => {
      if (!near.has(tracked.element)) return;
      queue.add(tracked);
      loop.wake();
    };

    const viewport = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near.add(entry.target);
          viewport.unobserve(entry.target);
          const tracked = page.comments.get(page.comments.keyOf(entry.target) ?? "");
          if (tracked && tracked.element === entry.target) enqueue(tracked);
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );

    const unplaced = new Set<Element>();
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let first = 0;
    const placeUnplacedLater = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        for (const waiting of unplaced) if (waiting.isConnected) viewport.observe(waiting);
        unplaced.clear();
      }, QUIET_MS);
    };

    const update = ({ comments, bulk }: { comments: readonly TrackedComment[]; bulk?: boolean }, assessed = false) => {
      loadWords();
      const atOnce = !bulk && comments.length <= AT_ONCE;
      for (const tracked of comments) {
        writeAssessment(tracked);
        if (atOnce || first < FIRST) {
          if (!near.has(tracked.element)) first += 1;
          near.add(tracked.element);
        }
        if (near.has(tracked.element)) enqueue(tracked);
        else unplaced.add(tracked.element);
      }
      if (unplaced.size) placeUnplacedLater();
      // Still this frame's write phase (or the worker's answer): a few markers cost less than waiting a frame.
      if (atOnce || (assessed && comments.length <= AT_ONCE))
        for (const tracked of queue)
          if (comments.includes(tracked)) {
            queue.delete(tracked);
            draw(tracked);
          }
    };
    page.events.on("found", update, signal);
    // An assessment redraws markers already drawn, a few at once (a live reply's); it never draws one far off screen.
    page.events.on("assessed", ({ comments }) => update({ comments, bulk: true }, true), signal);
    page.events.on(
      "lost",
      ({ elements }) => {
        for (const element of elements) {
          for (const tracked of queue) if (tracked.element === element) queue.delete(tracked);
          viewport.unobserve(element);
          unplaced.delete(element);
          markers.get(element)?.host.remove();
          markers.delete(element);
        }
      },
      signal,
    );

    // Escape hides the tooltip the pointer rests on, wherever the focus is (WCAG 1.4.13, dismissible).
    document.addEventListener(
      "keydown",
      (event) => {
        if (event.key !== "Escape") return;
        for (const host of document.querySelectorAll(`[${MARKER_ATTRIBUTE}]:hover`)) byHost.get(host)?.hushTip();
      },
      { capture: true, signal },
    );

    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(quiet);
        viewport.disconnect();
        for (const host of document.querySelectorAll(`[${MARKER_ATTRIBUTE}]`)) host.remove();
        for (const element of markedElements()) clearAssessmentAttributes(element);
      },
      { once: true },
    );
  },
};
