import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies/compose";
import { bakery } from "../../src/replies/fixtures";

describe("a correction the saved replies settle", () => {
  const answer = (text: string, name = "Jonas Weber") => {
    const comment = snapshotOf(text, { id: "c1", site: "facebook", author: { name } });
    return composeReplies(comment, assessComment(comment, bakery), bakery, {
      now: new Date("2026-12-01T09:00:00Z"),
      timeZone: "Europe/Berlin",
    });
  };

  it("thanks, states the company's fact and offers to correct the post, before the saved answer", () => {
    const [first, ...rest] = answer("Im Beitrag steht, Siegburg hat samstags nur bis 14 Uhr offen – stimmt das nicht?");
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toContain("montags bis samstags von 6 bis 18 Uhr");
    expect(first?.text).toMatch(/korrigieren wir ihn|passen wir ihn an/u);
    expect(first?.text).not.toMatch(/Sie haben recht|Fehler/u);
    // The saved answer on opening hours is not put before the correction it settles.
    expect(rest.every((s) => s.strategy !== "check-correction")).toBe(true);
  });

  it("checks a correction no saved answer settles, without stating a fact", () => {
    const [first] = answer(
      "Im Post steht, das Roggenbrot kostet 3,20 €. Auf dem Schild im Laden steht 3,60 €. Was stimmt?",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/prüfen|sehen uns das an/u);
    expect(first?.text).not.toContain("geöffnet");
  });
  it("still checks the correction when the fact does not fit the site's length", () => {
    const short = { ...bakery, maxLength: { ...bakery.maxLength, x: 190 } };
    const comment = snapshotOf("Im Beitrag steht, Siegburg hat samstags nur bis 14 Uhr offen – stimmt das nicht?", {
      id: "c2",
      site: "x",
      author: { name: "Jonas Weber" },
    });
    const [first] = composeReplies(comment, assessComment(comment, short), short, {
      now: new Date("2026-12-01T09:00:00Z"),
      timeZone: "Europe/Berlin",
    });
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toContain("montags bis samstags");
    expect([...(first?.text ?? "")].length).toBeLessThanOrEqual(190);
  });
});
