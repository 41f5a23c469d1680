import { describe, expect, it } from "vitest";
import { countBefore, parseCount } from "./numbers";

describe("parseCount", () => {
  it.each([
    ["12", 12],
    ["1,234", 1234],
    ["1.234", 1234],
    ["12.345 Follower", 12345],
    ["1.2K", 1200],
    ["1,2K", 1200],
    ["1,2 Tsd.", 1200],
    ["3M", 3_000_000],
    ["3,5 Mio.", 3_500_000],
    ["48 replies", 48],
    ["no number", undefined],
    ["", undefined],
  ])("%j is %j", (text, count) => {
    expect(parseCount(text)).toBe(count);
  });
});

describe("countBefore", () => {
  const likes = /likes?\b|„gefällt mir“/i;
  it.each([
    ["48 replies, 152 reposts, 553 likes, 30142 views", 553],
    ["3 Antworten, 1 Repost, 12 „Gefällt mir“-Angaben, 250 Aufrufe", 12],
    ["1 reply, 1 like", 1],
    ["2 replies", undefined],
  ])("finds the likes in %j", (text, count) => {
    expect(countBefore(text, likes)).toBe(count);
  });
});
