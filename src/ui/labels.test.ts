import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));
const { duration, reasonText } = await import("./labels");

describe("duration", () => {
  it.each([
    [30_000, "en", /^1 min$/],
    [45 * 60_000, "de", /^45 Min\.$/],
    [5 * 3_600_000, "en", /^5 hr$/],
    [5 * 3_600_000, "de", /^5 Std\.$/],
    [4 * 86_400_000, "en", /^4 days$/],
    [4 * 86_400_000, "de", /^4 Tg\.$/],
  ] as const)("%i ms in %s", (ms, language, expected) => {
    expect(duration(ms, language)).toMatch(expected);
  });
});

describe("reasonText", () => {
  it("quotes words once each and leaves counts bare", () => {
    expect(reasonText({ code: "violation-insult", words: ["idiots", "idiots"] })).toBe("Personal insult: „idiots“");
    expect(reasonText({ code: "mood-more-negative", words: ["3"] })).toBe(
      "3 more critical or angry comments since the last visit",
    );
  });

  it("falls back to the code when a message is missing", () => {
    expect(reasonText({ code: "no-such-reason" })).toBe("no-such-reason");
  });
});
