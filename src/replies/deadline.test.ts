import { describe, expect, it } from "vitest";
import { holdingDeadline } from "./deadline";

describe("holdingDeadline", () => {
  const now = new Date("2025-06-02T10:20:00Z");

  it("rounds down to the full hour, never later than promised, in the reply's language and the user's time zone", () => {
    expect(holdingDeadline(now, 24, "de", true, "Europe/Berlin")).toEqual({
      phrase: "bis Dienstag, 3. Juni, 12:00 Uhr",
      short: "bis Dienstag, 12 Uhr",
      iso: "2025-06-03T10:00:00.000Z",
    });
    expect(holdingDeadline(now, 4, "en", true, "America/New_York").phrase).toBe("by Monday 2 June, 10:00");
    expect(holdingDeadline(new Date("2025-06-02T10:00:00Z"), 1, "en", true, "UTC").phrase).toBe(
      "by Monday 2 June, 11:00",
    );
  });

  it("moves a deadline in the night back to the evening before, never later than promised", () => {
    const late = new Date("2026-11-28T23:29:00Z");
    expect(holdingDeadline(late, 24, "de", true, "UTC").phrase).toBe("bis Sonntag, 29. November, 18:00 Uhr");
    expect(holdingDeadline(new Date("2025-06-02T20:30:00Z"), 4, "en", true, "UTC").phrase).toBe(
      "by Tuesday 3 June, 00:00",
    );
    expect(holdingDeadline(new Date("2025-06-02T09:30:00Z"), 36, "en", true, "UTC").phrase).toBe(
      "by Tuesday 3 June, 18:00",
    );
  });

  it("promises no time when the guidelines forbid deadlines", () => {
    expect(holdingDeadline(now, 24, "de", false)).toEqual({
      phrase: "so bald wie möglich",
      short: "so bald wie möglich",
    });
    expect(holdingDeadline(now, 24, "en", false)).toEqual({ phrase: "as soon as we can", short: "as soon as we can" });
  });

  it("says a deadline within the week ahead by its weekday alone for short replies, one further out by its date", () => {
    expect(holdingDeadline(now, 4, "en", true, "UTC").short).toBe("by Monday, 14:00");
    expect(holdingDeadline(now, 48, "de", true, "Europe/Berlin").short).toBe("bis Mittwoch, 12 Uhr");
    const far = holdingDeadline(now, 24 * 8, "de", true, "Europe/Berlin");
    expect(far.short).toBe(far.phrase);
  });
});
