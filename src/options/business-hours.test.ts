import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { deadlineExample, hoursProblem, withDay } from "./business-hours";

const weekdays = DEFAULT_GUIDELINES.businessHours;

describe("hoursProblem", () => {
  it.each([
    ["the defaults", weekdays, undefined],
    ["no day ticked", { ...weekdays, days: [] }, "no-day"],
    ["to before from", { ...weekdays, fromHour: 17, toHour: 9 }, "to-before-from"],
    ["to equal to from", { ...weekdays, fromHour: 9, toHour: 9 }, "to-before-from"],
    ["a whole day", { ...weekdays, fromHour: 0, toHour: 24 }, undefined],
    ["an hour past midnight", { ...weekdays, fromHour: 9, toHour: 25 }, "out-of-range"],
    ["half an hour", { ...weekdays, fromHour: 8.5, toHour: 17 }, "out-of-range"],
    ["an empty input", { ...weekdays, fromHour: Number.NaN, toHour: 17 }, "out-of-range"],
  ] as const)("%s", (_, hours, problem) => {
    expect(hoursProblem({ ...hours, days: [...hours.days] })).toBe(problem);
  });
  it("names no day before the order of the hours", () => {
    expect(hoursProblem({ days: [], fromHour: 17, toHour: 9 })).toBe("no-day");
  });
});

describe("withDay", () => {
  it("keeps the week's order and each day once", () => {
    expect(withDay(["fri", "mon"], "wed", true)).toEqual(["mon", "wed", "fri"]);
    expect(withDay(["mon", "wed"], "wed", true)).toEqual(["mon", "wed"]);
    expect(withDay(["mon", "wed"], "mon", false)).toEqual(["wed"]);
  });
});

describe("deadlineExample", () => {
  // Thursday 26 November 2026, 15:20 in Berlin.
  const now = new Date("2026-11-26T14:20:00Z");
  const zone = "Europe/Berlin";
  it("promises the next business hour inside the hours", () => {
    expect(deadlineExample(DEFAULT_GUIDELINES, weekdays, now, "de", zone)).toEqual({
      kind: "promise",
      phrase: "bis Freitag, 27. November, 15:00 Uhr",
    });
    expect(deadlineExample(DEFAULT_GUIDELINES, weekdays, now, "en", zone)).toEqual({
      kind: "promise",
      phrase: "by Friday 27 November, 15:00",
    });
  });
  it("changes with the hours: Monday to Thursday, 9 to 17, moves Friday's promise to Monday", () => {
    const hours = { days: ["mon", "tue", "wed", "thu"] as const, fromHour: 9, toHour: 17 };
    const example = deadlineExample(DEFAULT_GUIDELINES, { ...hours, days: [...hours.days] }, now, "de", zone);
    expect(example).toEqual({ kind: "promise", phrase: "bis Montag, 30. November, 10:00 Uhr" });
  });
  it("says so when the guidelines allow no deadlines", () => {
    const g = { ...DEFAULT_GUIDELINES, promises: { ...DEFAULT_GUIDELINES.promises, deadlines: false } };
    expect(deadlineExample(g, weekdays, now, "en", zone)).toEqual({ kind: "no-promise" });
  });
});
