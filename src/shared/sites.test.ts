import { describe, expect, it } from "vitest";
import { siteForHost, siteForUrl } from "./sites";

describe("siteForUrl", () => {
  it.each([
    ["https://www.facebook.com/acme/posts/1", "facebook"],
    ["https://web.facebook.com/", "facebook"],
    ["https://x.com/acme/status/1", "x"],
    ["https://twitter.com/acme", "x"],
    ["https://mobile.x.com/home", "x"],
    ["https://www.linkedin.com/feed/", "linkedin"],
    ["https://de.linkedin.com/company/acme", "linkedin"],
  ])("%s belongs to %s", (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it.each([
    "https://example.com/",
    "https://www.facebook.com.evil.example/",
    "https://notfacebook.com/",
    "https://fakex.com/",
    "http://www.facebook.com/",
    "chrome://extensions/",
    "not a url",
    undefined,
  ])("%s belongs to no site", (url) => {
    expect(siteForUrl(url)).toBeUndefined();
  });

  it("ignores case and a trailing dot", () => {
    expect(siteForHost("WWW.LinkedIn.COM.")).toBe("linkedin");
  });
});
