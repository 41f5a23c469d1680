import { describe, expect, it, vi } from "vitest";
import { dispatch } from "../platform/dispatch";

const runFileInFrame = vi.fn(async (_tabId: number, _frameId: number, _file: string) => {});
vi.mock("../platform/scripting", () => ({ runFileInFrame }));

const { IN_PAGE_UI_HANDLERS } = await import("./in-page-ui");

const context = { extensionId: "gelassen-id", extensionOrigin: "chrome-extension://gelassen-id/" };
const load = { gelassen: 1, type: "in-page-ui/load", payload: {} };
const linkedinFrame = { id: "gelassen-id", url: "https://www.linkedin.com/feed/", tab: { id: 7 }, frameId: 0 };

describe("in-page-ui/load", () => {
  it("puts content-ui.js into the very tab and frame whose content script asked", async () => {
    runFileInFrame.mockClear();
    expect(await dispatch(load, linkedinFrame, IN_PAGE_UI_HANDLERS, context, true)).toEqual({ ok: true, value: {} });
    expect(runFileInFrame).toHaveBeenCalledExactlyOnceWith(7, 0, "content-ui.js");
  });

  it.each([
    ["a Gelassen page", { id: "gelassen-id", url: "chrome-extension://gelassen-id/popup.html" }],
    ["a web page", { url: "https://evil.example/", tab: { id: 3 }, frameId: 0 }],
    ["our id on an unsupported site", { id: "gelassen-id", url: "https://evil.example/", tab: { id: 3 } }],
  ])("is refused from %s, and nothing is run", async (_, sender) => {
    runFileInFrame.mockClear();
    const result = await dispatch(load, sender, IN_PAGE_UI_HANDLERS, context, true);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^refused/) });
    expect(runFileInFrame).not.toHaveBeenCalled();
  });

  it("answers a failed injection with its reason", async () => {
    runFileInFrame.mockRejectedValueOnce(new Error("Cannot access contents of the page"));
    const result = await dispatch(load, linkedinFrame, IN_PAGE_UI_HANDLERS, context, true);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("Cannot access contents of the page") });
  });
});
