import { describe, expect, it } from "vitest";
import { parseUrl, pathAt } from "./url";

describe("pathAt: the path of a link's address, parsed once", () => {
  const page = "https://x.com/acme/status/1981400000000000097";
  const cases: Array<[string | null | undefined, string]> = [
    ["/tom/status/1981400000000000100", page],
    ["https://x.com/jana/status/1?s=20", page],
    ["../other", page],
    ["//twitter.com/mark", page],
    ["?ref=1", page],
    ["http://[::1", page],
    ["", page],
    [null, page],
    [undefined, page],
    [page, "about:blank"],
    ["/relative", "about:blank"],
  ];

  it("answers what parsing answers, for good, relative and broken addresses", () => {
    for (const [href, base] of cases) expect(pathAt(href, base)).toBe(parseUrl(href, base)?.pathname);
  });

  it("answers the same when asked again (from memory), also for an address that does not parse", () => {
    for (const [href, base] of cases) expect(pathAt(href, base)).toBe(parseUrl(href, base)?.pathname);
    expect(pathAt("http://[::1", page)).toBeUndefined();
  });

  it("reads the same link against another page's address anew", () => {
    expect(pathAt("next", "https://x.com/acme/status/1")).toBe("/acme/status/next");
    expect(pathAt("next", "https://x.com/jana/")).toBe("/jana/next");
  });

  it("stays right after its memory filled up and was emptied", () => {
    for (let n = 0; n < 5_100; n++) expect(pathAt(`/u${n}/status/${n}`, page)).toBe(`/u${n}/status/${n}`);
    expect(pathAt("/tom/status/1981400000000000100", page)).toBe("/tom/status/1981400000000000100");
  });
});
