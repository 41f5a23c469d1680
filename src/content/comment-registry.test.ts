import { describe, expect, it } from "vitest";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import { CommentRegistry } from "./comment-registry";

const snapshot = (id: string, text = "Hallo"): CommentSnapshot => ({
  site: "x",
  id,
  threadId: "1",
  text,
  author: { name: "A", verified: false, badges: [], isOrganisation: false },
  isReply: false,
  byPageOwner: false,
});
const element = (connected = true) => ({ isConnected: connected }) as Element;
const assessment = {} as Assessment;

describe("CommentRegistry", () => {
  it("counts found, read and assessed comments", () => {
    const counts = { found: 0, read: 0, assessed: 0 };
    const registry = new CommentRegistry(counts);
    registry.upsert(element(), snapshot("1"));
    registry.upsert(element(), snapshot("2"));
    registry.markUnreadable(element());
    registry.setAssessment("x:1", assessment);
    expect(counts).toEqual({ found: 3, read: 2, assessed: 1 });
  });

  it("keeps an assessment when a comment comes back in another row, and drops it when its text changed", () => {
    const counts = { found: 0, read: 0, assessed: 0 };
    const registry = new CommentRegistry(counts);
    registry.upsert(element(), snapshot("1"));
    registry.setAssessment("x:1", assessment);
    const again = registry.upsert(element(), snapshot("1"));
    expect(again).toMatchObject({ isNew: false, changed: false, tracked: { assessment } });
    const edited = registry.upsert(element(), snapshot("1", "Hallo, bearbeitet"));
    expect(edited.changed).toBe(true);
    expect(edited.tracked.assessment).toBeUndefined();
    expect(counts.assessed).toBe(0);
  });

  it("forgets the comments no longer on the page after navigation", () => {
    const counts = { found: 0, read: 0, assessed: 0 };
    const registry = new CommentRegistry(counts);
    registry.upsert(element(false), snapshot("1"));
    registry.setAssessment("x:1", assessment);
    registry.upsert(element(true), snapshot("2"));
    registry.pruneDisconnected();
    expect(registry.all().map((tracked) => tracked.key)).toEqual(["x:2"]);
    expect(counts).toEqual({ found: 1, read: 1, assessed: 0 });
  });

  it("knows each element's comment from its own memory, whatever the page writes into the element", () => {
    const registry = new CommentRegistry({ found: 0, read: 0, assessed: 0 });
    const first = { isConnected: true, getAttribute: () => "x:2" } as unknown as Element;
    const second = element();
    registry.upsert(first, snapshot("1"));
    registry.upsert(second, snapshot("2"));
    expect(registry.keyOf(first)).toBe("x:1");
    expect(registry.elementOf("x:1")).toBe(first);
    expect(registry.keyOf(element())).toBeUndefined();
    // A recycled row now shows another comment: the old one has no element until it is read again.
    registry.upsert(first, snapshot("2"));
    expect(registry.keyOf(first)).toBe("x:2");
    expect(registry.elementOf("x:1")).toBeUndefined();
    registry.forget(first);
    expect(registry.keyOf(first)).toBeUndefined();
  });
});
