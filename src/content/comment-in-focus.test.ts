import { describe, expect, it } from "vitest";
import { nearest } from "./comment-in-focus";

const spans = [
  { name: "above the window", top: -200, bottom: -150 },
  { name: "first", top: 100, bottom: 120 },
  { name: "second", top: 400, bottom: 420 },
  { name: "below the window", top: 950, bottom: 970 },
];

describe("nearest", () => {
  it("picks the comment on screen closest to the point", () => {
    expect(nearest(spans, (span) => span, 130, 900)?.name).toBe("first");
    expect(nearest(spans, (span) => span, 300, 900)?.name).toBe("second");
    expect(nearest(spans, (span) => span, 410, 900)?.name).toBe("second");
  });

  it("ignores comments off screen, however close, and answers undefined when none is on screen", () => {
    expect(nearest(spans, (span) => span, -170, 900)?.name).toBe("first");
    expect(nearest(spans, (span) => span, 960, 900)?.name).toBe("second");
    const offScreen = spans.filter((span) => span.name.endsWith("window"));
    expect(nearest(offScreen, (span) => span, 500, 900)).toBeUndefined();
  });
});
