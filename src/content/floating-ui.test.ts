// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { Result } from "../shared/messages";
import type { InPageViews } from "./in-page-views";

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));

/** The worker's answer to `in-page-ui/load`; by default it runs content-ui.js here, as the browser would. */
let worker: () => Promise<Result<unknown>>;
const runUiFile = async (): Promise<Result<unknown>> => {
  await import("./entry-ui");
  return { ok: true, value: {} };
};
const send = vi.fn((_type: string, _payload: unknown) => worker());
vi.mock("../platform/messaging", () => ({ send }));

const { FloatingUi } = await import("./floating-ui");
const { loadedViews } = await import("./in-page-ui");

const anchor = document.createElement("p");
document.body.append(anchor);
const textIn = (ui: InstanceType<typeof FloatingUi>) => ui.host.shadowRoot?.querySelector(".layer")?.textContent;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const opened: InstanceType<typeof FloatingUi>[] = [];
const floating = () => {
  const ui = new FloatingUi("test");
  opened.push(ui);
  return ui;
};

afterEach(() => {
  for (const ui of opened.splice(0)) ui.close();
  send.mockClear();
});

// In this order: the views are loaded once per frame, and stay.
describe("a floating UI before the in-page views are loaded", () => {
  it("draws nothing when the load fails, says why, and asks again on the next show", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    worker = async () => ({ ok: false, error: '"in-page-ui/load" could not be delivered' });
    const ui = floating();
    ui.show((views) => views.guardNote("first"), anchor);
    await settle();
    expect(ui.open).toBe(false);
    expect(error).toHaveBeenCalledWith("Gelassen could not load its in-page UI", expect.any(Error));
    ui.show((views) => views.guardNote("again"), anchor);
    expect(send).toHaveBeenCalledTimes(2);
    await settle();
    error.mockRestore();
  });

  it("asks the worker once and draws only the latest view, and nothing closed meanwhile, when they arrive", async () => {
    let answer: (result: Result<unknown>) => void = () => {};
    worker = () => new Promise((resolve) => (answer = resolve));
    const ui = floating();
    const outdated = vi.fn((views: InPageViews) => views.guardNote("Preparing"));
    ui.show(outdated, anchor);
    ui.show((views) => views.guardNote("Ready"), anchor);
    const closed = floating();
    closed.show((views) => views.guardNote("Closed before it came"), anchor);
    closed.close();
    expect(ui.open).toBe(false);
    expect(send).toHaveBeenCalledExactlyOnceWith("in-page-ui/load", {});
    await runUiFile();
    answer({ ok: true, value: {} });
    await settle();
    expect(ui.open).toBe(true);
    expect(textIn(ui)).toBe("Ready");
    expect(outdated).not.toHaveBeenCalled();
    expect(closed.open).toBe(false);
  });
});

describe("a floating UI once the views are loaded", () => {
  it("shows at once, without asking the worker", () => {
    expect(loadedViews()).toBeDefined();
    const ui = floating();
    ui.show((views) => views.guardNote("At once"), anchor);
    expect(ui.open).toBe(true);
    expect(textIn(ui)).toBe("At once");
    expect(send).not.toHaveBeenCalled();
  });

  it("renders comment text only as text", () => {
    const ui = floating();
    ui.show((views) => views.guardNote('<img src=x onerror="alert(1)">'), anchor);
    expect(ui.host.shadowRoot?.querySelector("img")).toBeNull();
    expect(textIn(ui)).toBe('<img src=x onerror="alert(1)">');
  });
});
