import { t } from "../platform/i18n";
import { reasonText, roleLabel, toneLabel, verdictLabel, violationLabel } from "../ui/labels";
import { clearAssessmentAttributes, markedElements, TONE_ATTRIBUTE, VERDICT_ATTRIBUTE } from "./comment-attributes";
import type { TrackedComment } from "./comment-registry";
import type { Feature } from "./feature";
import { MARKER_ATTRIBUTE, Marker } from "./marker-element";
import { type MarkerWords, markerView } from "./marker-view";

const WORDS: MarkerWords = {
  tone: toneLabel,
  role: roleLabel,
  verdict: verdictLabel,
  violation: violationLabel,
  reason: reasonText,
  message: (key, substitutions) => t(key, substitutions),
};

/**
 * Draws a marker beside every recognised comment and puts its tone and verdict on the container element once
 * assessed. A recycled row gets its new comment's marker; a marker the site's re-render removed comes back.
 */
export const commentMarkers: Feature = {
  name: "comment-markers",
  init(page, signal) {
    const markers = new WeakMap<Element, Marker>();
    const activate = (marker: Marker) => {
      const tracked = page.comments.get(marker.key);
      if (tracked)
        page.events.emit("marker-activate", { key: tracked.key, element: tracked.element, marker: marker.host });
    };

    const draw = (tracked: TrackedComment) => {
      const element = tracked.element;
      if (!element.isConnected || element.getAttribute("data-gelassen-id") !== tracked.key) return;
      const slot = page.adapter.markerSlot(element);
      if (!slot) return;
      let marker = markers.get(element);
      if (!marker) {
        marker = new Marker(activate);
        markers.set(element, marker);
      }
      if (marker.host.parentNode !== slot.parent) slot.parent.insertBefore(marker.host, slot.before);
      marker.show(tracked.key, markerView(tracked.assessment, page.comments.assessError, WORDS));
      const assessment = tracked.assessment;
      if (assessment) {
        if (element.getAttribute(TONE_ATTRIBUTE) !== assessment.tone)
          element.setAttribute(TONE_ATTRIBUTE, assessment.tone);
        if (element.getAttribute(VERDICT_ATTRIBUTE) !== assessment.verdict) {
          element.setAttribute(VERDICT_ATTRIBUTE, assessment.verdict);
        }
      } else if (element.hasAttribute(TONE_ATTRIBUTE)) clearAssessmentAttributes(element);
    };
    const drawAll = ({ comments }: { comments: readonly TrackedComment[] }) => {
      for (const tracked of comments) draw(tracked);
    };
    page.events.on("found", drawAll, signal);
    page.events.on(
      "lost",
      ({ elements }) => {
        for (const element of elements) {
          markers.get(element)?.host.remove();
          markers.delete(element);
        }
      },
      signal,
    );
    page.events.on("assessed", drawAll, signal);

    signal.addEventListener(
      "abort",
      () => {
        for (const host of document.querySelectorAll(`[${MARKER_ATTRIBUTE}]`)) host.remove();
        for (const element of markedElements()) clearAssessmentAttributes(element);
      },
      { once: true },
    );
  },
};
