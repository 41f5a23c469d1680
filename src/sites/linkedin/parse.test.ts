import { describe, expect, it } from "vitest";
import { followersIn, parseCommentUrn, parseDegree } from "./parse";

describe("parseCommentUrn", () => {
  it.each([
    ["urn:li:comment:(activity:7350,7351)", { id: "urn:li:comment:(activity:7350,7351)", threadId: "7350" }],
    ["replaceableComment_urn:li:comment:(urn:li:activity:1,2)", { id: "urn:li:comment:(activity:1,2)", threadId: "1" }],
    ["urn:li:comment:(ugcPost:5,6)", { id: "urn:li:comment:(activity:5,6)", threadId: "5" }],
    ["urn:li:activity:7350", undefined],
    [null, undefined],
  ])("%j", (text, expected) => {
    expect(parseCommentUrn(text)).toEqual(expected);
  });
});

describe("parseDegree", () => {
  it.each([
    ["• 1st", "1st"],
    ["• 2.", "2nd"],
    ["Jana Berger • 3rd+", "3rd+"],
    ["• 3.+", "3rd+"],
    ["• You", "you"],
    ["• Sie", "you"],
    ["Head of 2nd line support", undefined],
  ])("%j is %j", (text, degree) => {
    expect(parseDegree(text)).toBe(degree);
  });
});

describe("followersIn", () => {
  it.each([
    ["12,345 followers", 12345],
    ["12.345 Follower", 12345],
    ["Writer · 48,200 followers", 48200],
    ["Head of Marketing at Acme", undefined],
    [undefined, undefined],
  ])("%j is %j", (headline, count) => {
    expect(followersIn(headline)).toBe(count);
  });
});
