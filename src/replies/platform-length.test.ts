import { describe, expect, it } from "vitest";
import { overflowOffset, platformLength } from "./platform-length";

describe("platformLength", () => {
  it.each([
    ["Hallo", "facebook", 5],
    ["Grüße 😊", "facebook", 7],
    ["Grüße 😊", "x", 8],
    ["👩‍👩‍👧 family", "x", 9],
    ["See https://example.com/a/very/long/path/that/goes/on.", "x", 4 + 23 + 1],
    ["See https://example.com/a/very/long/path", "linkedin", 40],
    ["@anna @ben thanks", "x", 6],
    ["thanks @anna", "x", 12],
    ["日本語", "x", 6],
  ] as const)("%s on %s counts %i", (text, site, expected) => {
    expect(platformLength(text, site)).toBe(expected);
  });

  it("says where a text goes over the limit, never inside a link", () => {
    expect(overflowOffset("abcdef", "facebook", 4)).toBe(4);
    expect(overflowOffset("abcdef", "facebook", 6)).toBeUndefined();
    expect(overflowOffset("ab https://example.com/x", "x", 10)).toBe(3);
  });
});
