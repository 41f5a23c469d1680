import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";

const getMessage = vi.fn(messagesFor("de"));
vi.mock("./browser", () => ({
  browser: {
    i18n: { getMessage: (...args: Parameters<typeof getMessage>) => getMessage(...args), getUILanguage: () => "de" },
  },
}));

const { t } = await import("./i18n");

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const messages: Messages = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../assets/_locales/de/messages.json"), "utf8"),
);
const withSlots = Object.keys(messages).filter((key) => messages[key]?.placeholders);

describe("t", () => {
  beforeEach(() => getMessage.mockClear());

  it("fills every message's substitutions exactly as the browser does", () => {
    const browserFills = messagesFor("de");
    const values = ["Jana", "$1 & $$", "", "„zitiert“", "5", "6", "7", "8", "9"];
    expect(withSlots.length).toBeGreaterThan(10);
    for (const key of withSlots) {
      expect(t(key, values)).toBe(browserFills(key, values));
      expect(t(key, "nur eins")).toBe(browserFills(key, "nur eins"));
    }
  });

  it("answers every message without substitutions exactly as the browser does", () => {
    const browserFills = messagesFor("de");
    for (const key of Object.keys(messages)) expect(t(key)).toBe(browserFills(key));
  });

  it("asks the browser once per message, however often a page needs it", () => {
    // Asked (and kept) by the test above already: a page's hundred markers ask the browser nothing more.
    const key = withSlots[0] as string;
    t(key, ["first"]);
    getMessage.mockClear();
    for (let i = 0; i < 50; i++) t(key, [`Wert ${i}`]);
    for (let i = 0; i < 50; i++) t("marker_pending");
    expect(getMessage.mock.calls.filter(([asked]) => asked === key)).toHaveLength(0);
    expect(getMessage.mock.calls.filter(([asked]) => asked === "marker_pending").length).toBeLessThanOrEqual(1);
  });

  it("answers a missing message with its key, with or without substitutions", () => {
    expect(t("no_such_message")).toBe("no_such_message");
    expect(t("no_such_message_either", ["x"])).toBe("no_such_message_either");
  });
});
