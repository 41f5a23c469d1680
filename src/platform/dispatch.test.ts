import { describe, expect, it } from "vitest";
import { buildRequest, classifySender, dispatch, type Handlers, readResponse } from "./dispatch";

const context = { extensionId: "gelassen-id", extensionOrigin: "chrome-extension://gelassen-id/" };
const popup = { id: "gelassen-id", url: "chrome-extension://gelassen-id/popup.html" };
const facebookTab = { id: "gelassen-id", url: "https://www.facebook.com/acme/posts/1", tab: { id: 7 } };
const status = {
  site: "facebook",
  active: true,
  counts: { found: 3, read: 3, assessed: 2 },
  missing: [],
  foundBy: [],
  settled: true,
};
const handlers: Handlers = { "page/status": () => status as never };
const request = { gelassen: 1, type: "page/status", payload: {} };

describe("classifySender", () => {
  it("knows Gelassen's own pages and the content script on a supported site", () => {
    expect(classifySender(popup, context)).toEqual({ ok: true, value: "extension" });
    expect(classifySender(facebookTab, context)).toEqual({ ok: true, value: "content" });
  });

  it.each([
    ["another extension", { id: "other", url: "chrome-extension://other/x.html" }],
    ["a web page", { url: "https://evil.example/", tab: { id: 1 } }],
    ["our id on an unsupported site", { id: "gelassen-id", url: "https://evil.example/", tab: { id: 1 } }],
  ])("refuses %s", (_, sender) => {
    expect(classifySender(sender, context).ok).toBe(false);
  });
});

describe("dispatch", () => {
  it("answers a valid request from an allowed sender", async () => {
    expect(await dispatch(request, popup, handlers, context, true)).toEqual({ ok: true, value: status });
  });

  it.each([null, 42, "page/status", [], { type: "page/status" }, { gelassen: 2, type: "page/status" }])(
    "refuses garbage (%j) with a clear error",
    async (garbage) => {
      const result = await dispatch(garbage, popup, handlers, context, true);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/^refused: malformed message/) });
    },
  );

  it("leaves garbage and unknown types to other listeners when not the worker", async () => {
    expect(await dispatch(null, popup, handlers, context, false)).toBeUndefined();
    expect(await dispatch({ ...request, type: "nope" }, popup, handlers, context, false)).toBeUndefined();
  });

  it("refuses an unknown type", async () => {
    const result = await dispatch({ ...request, type: "tabs/close" }, popup, handlers, context, true);
    expect(result).toEqual({ ok: false, error: 'refused: unknown message "tabs/close"' });
  });

  it("refuses a sender kind the message does not allow", async () => {
    const result = await dispatch(request, facebookTab, handlers, context, true);
    expect(result).toEqual({ ok: false, error: 'refused: "page/status" may not come from a content sender' });
  });

  it("refuses a foreign sender before running the handler", async () => {
    let ran = false;
    const spy: Handlers = {
      "page/status": () => {
        ran = true;
        return status as never;
      },
    };
    const result = await dispatch(request, { id: "other" }, spy, context, true);
    expect(result?.ok).toBe(false);
    expect(ran).toBe(false);
  });

  it("refuses a malformed payload", async () => {
    const result = await dispatch({ ...request, payload: "x" }, popup, handlers, context, true);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^refused: invalid "page\/status" request/) });
  });

  it("turns a throwing handler into an error result", async () => {
    const failing: Handlers = {
      "page/status": () => {
        throw new Error("boom");
      },
    };
    expect(await dispatch(request, popup, failing, context, true)).toEqual({
      ok: false,
      error: '"page/status" failed: boom',
    });
  });

  it("leaves an invalid response to be refused where it arrives", async () => {
    const bad: Handlers = { "page/status": () => ({ ...status, counts: { found: -1 } }) as never };
    const result = await dispatch(request, popup, bad, context, true);
    expect(readResponse("page/status", result)).toEqual({
      ok: false,
      error: expect.stringMatching(/"page\/status" got an invalid response/),
    });
  });
});

describe("the sending side", () => {
  it("validates the answer", () => {
    expect(readResponse("page/status", { ok: true, value: status })).toEqual({ ok: true, value: status });
    expect(readResponse("page/status", { ok: false, error: "nope" })).toEqual({ ok: false, error: "nope" });
    expect(readResponse("page/status", undefined)).toEqual({ ok: false, error: 'no one answered "page/status"' });
    expect(readResponse("page/status", "garbage").ok).toBe(false);
    expect(readResponse("page/status", { ok: true, value: { site: "myspace" } }).ok).toBe(false);
  });

  it("wraps a request, which the receiver checks", async () => {
    expect(buildRequest("page/status", {})).toEqual(request);
    expect(await dispatch(buildRequest("page/status", "x" as never), popup, handlers, context, true)).toEqual({
      ok: false,
      error: expect.stringMatching(/refused: invalid "page\/status" request/),
    });
  });
});
