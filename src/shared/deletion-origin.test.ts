import { describe, expect, it } from "vitest";
import { deletionLink, deletionOriginProblem } from "./deletion-origin";

const entry = (url: string, commentKey = "facebook:123", site = "facebook" as const) => ({ url, commentKey, site });

describe("where a deletion-log entry may come from", () => {
  it.each([
    ["https://www.facebook.com/acme/posts/1?comment_id=123", "facebook:123", "facebook"],
    ["https://m.facebook.com/acme/posts/1", "facebook:9", "facebook"],
    ["https://x.com/acme/status/19", "x:19", "x"],
    ["https://mobile.twitter.com/acme/status/19", "x:19", "x"],
    ["https://www.linkedin.com/feed/update/urn:li:activity:1", "linkedin:urn:li:comment:(1,2)", "linkedin"],
  ] as const)("accepts %s with key %s", (url, key, site) => {
    expect(deletionOriginProblem(entry(url, key, site as never), url)).toBeUndefined();
    expect(deletionLink(entry(url, key, site as never))).toBe(url);
  });

  it.each([
    ["javascript:alert(1)", "facebook:1", /not an https page/],
    ["http://www.facebook.com/acme/posts/1", "facebook:1", /not an https page/],
    ["https://evil.example/facebook.com", "facebook:1", /not an https page/],
    ["https://facebook.com.evil.example/", "facebook:1", /not an https page/],
    ["https://x.com/acme/status/1", "facebook:1", /not on facebook/],
    ["https://www.facebook.com/acme/posts/1", "x:1", /comment key/],
    ["https://www.facebook.com/acme/posts/1", "facebook:", /comment key/],
  ])("refuses %s with key %s", (url, key, problem) => {
    expect(deletionOriginProblem(entry(url, key))).toMatch(problem);
    if (!/comment key/.test(String(problem))) expect(deletionLink(entry(url, key))).toBeUndefined();
  });

  it("refuses an entry sent from a page of another site", () => {
    const url = "https://www.facebook.com/acme/posts/1";
    expect(deletionOriginProblem(entry(url), "https://x.com/home")).toMatch(/not sent from a page of facebook/);
  });
});
