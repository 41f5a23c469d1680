import type { ReadResult } from "../sites/site-adapter";
import { clearAllAttributes, clearAssessmentAttributes, ID_ATTRIBUTE, markedElements } from "./comment-attributes";
import type { TrackedComment } from "./comment-registry";
import type { Feature } from "./feature";
import { taskLoop } from "./frame-loop";
import { SETTLE_MS } from "./health";
import { MARKER_ATTRIBUTE } from "./marker-element";
import { watchUrl } from "./url-watch";

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // The attributes a comment's identity hangs on: X patches hrefs when it recycles a row.
  attributeFilter: ["href", "data-id", "componentkey"],
};

/**
 * A change this small (a reply arriving live: a row of a few hundred elements) is read in the task it arrives in,
 * so its marker stands in the frame the site draws it; anything larger (a new page of comments) waits for frames.
 */
const AT_ONCE_ROOTS = 4;
const AT_ONCE_ELEMENTS = 2000;

const isOurs = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(MARKER_ATTRIBUTE);

/**
 * Finds and reads every comment on the page: one MutationObserver collects what changed, and once per animation
 * frame the work is done within a budget, reading all first and writing after. A WeakMap remembers which comment
 * each element showed, so a recycled row (X) counts as the new comment it now shows.
 */
export const findComments: Feature = {
  name: "find-comments",
  init(page, signal) {
    const { adapter, comments, health, events } = page;
    const seen = new WeakMap<Element, string | null>();
    const roots = new Set<Node>([document]);
    const dirty = new Set<Element>();
    let settle: ReturnType<typeof setTimeout> | undefined;

    // Each is confirmed with commentOf when read (work), so the cheaper candidates do.
    const candidates = (root: ParentNode) => adapter.candidates?.(root) ?? adapter.findComments(root);
    const collect = () => {
      for (const root of roots) {
        if (root.nodeType === 1 || root.nodeType === 9)
          for (const found of candidates(root as ParentNode)) dirty.add(found);
        const container = adapter.commentOf(root);
        if (container) dirty.add(container);
      }
      roots.clear();
    };

    /** The nearest element that showed a comment, for changes the adapter no longer counts as one. */
    const closestSeen = (node: Node): Element | undefined => {
      for (let at: Node | null = node; at; at = at.parentNode) if (seen.get(at as Element)) return at as Element;
      return undefined;
    };

    const forget = (element: Element, lost: Element[]) => {
      if (seen.get(element)) {
        clearAllAttributes(element);
        comments.forget(element);
        lost.push(element);
      }
      seen.set(element, null);
    };

    const write = (element: Element, result: ReadResult | undefined, found: TrackedComment[], lost: Element[]) => {
      if (!result) return forget(element, lost);
      health.noteRead(result);
      const before = seen.get(element);
      if (!result.comment) {
        comments.markUnreadable(element);
        return forget(element, lost);
      }
      const { tracked } = comments.upsert(element, result.comment);
      health.noteFound(adapter.recognisedBy(element));
      if (before !== tracked.key) {
        if (before) clearAssessmentAttributes(element);
        element.setAttribute(ID_ATTRIBUTE, tracked.key);
        seen.set(element, tracked.key);
      }
      found.push(tracked);
    };

    let continuing = false;
    const work = (deadline: number): boolean => {
      urls.check();
      collect();
      // Read everything first…
      const reads: [Element, ReadResult | undefined][] = [];
      for (const element of dirty) {
        if (reads.length > 0 && performance.now() > deadline) break;
        dirty.delete(element);
        if (!element.isConnected) continue;
        const still = adapter.commentOf(element) === element;
        reads.push([element, still ? adapter.inspect(element) : undefined]);
      }
      // …then write.
      const found: TrackedComment[] = [];
      const lost: Element[] = [];
      for (const [element, result] of reads) write(element, result, found, lost);
      const more = dirty.size > 0 || roots.size > 0;
      if (lost.length) events.emit("lost", { elements: lost });
      if (found.length) events.emit("found", { comments: found, bulk: continuing || more, more });
      continuing = more;
      return more;
    };
    const loop = taskLoop(work, signal);

    const settleLater = () => {
      clearTimeout(settle);
      settle = setTimeout(() => health.noteComments(page.counts.found, adapter.showsComments(document)), SETTLE_MS);
    };
    const urls = watchUrl((url) => {
      comments.pruneDisconnected();
      health.reset();
      roots.add(document);
      events.emit("navigated", { url });
      settleLater();
      loop.wake();
    }, signal);

    const observer = new MutationObserver((records) => {
      try {
        collectChanges(records);
      } catch (error) {
        // Whatever the page did, the page must never see an error of ours.
        console.error("Gelassen: could not follow a change of the page", error);
      }
      if (isSmall()) loop.now();
      else loop.wake();
    });
    const isSmall = () => {
      if (continuing || roots.size > AT_ONCE_ROOTS || dirty.size > AT_ONCE_ROOTS) return false;
      let elements = 0;
      for (const root of roots)
        elements += root.nodeType === 1 ? (root as Element).getElementsByTagName("*").length : AT_ONCE_ELEMENTS;
      return elements < AT_ONCE_ELEMENTS;
    };
    const collectChanges = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type === "childList") {
          const changed = [...record.addedNodes, ...record.removedNodes];
          if (changed.length > 0 && changed.every(isOurs)) continue;
          for (const node of record.addedNodes) if (!isOurs(node)) roots.add(node);
        }
        const container = adapter.commentOf(record.target) ?? closestSeen(record.target);
        if (container) dirty.add(container);
      }
    };
    observer.observe(document, OBSERVED);
    loop.wake();
    settleLater();

    signal.addEventListener(
      "abort",
      () => {
        observer.disconnect();
        clearTimeout(settle);
        for (const element of markedElements()) clearAllAttributes(element);
      },
      { once: true },
    );
  },
};
