import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { DraftCheck } from "../shared/replies";
import { checkLabel } from "./check-label";

const language = vi.hoisted(() => ({ current: "en" as "en" | "de" }));
vi.mock("../platform/i18n", () => ({
  t: (key: string, values?: string | string[]) => messagesFor(language.current)(key, values),
}));

const problem = { code: "missing-greeting", severity: "problem", start: 0, end: 0, text: "" } as const;
const check = (ok: boolean, calm: boolean, problems: number): DraftCheck =>
  ({ ok, calm, findings: Array.from({ length: problems }, () => problem) }) as unknown as DraftCheck;

describe("the draft check's verdict in words", () => {
  it.each([
    ["en", check(true, true, 0), "Calm and within the guidelines"],
    ["en", check(false, false, 2), "Not calm yet"],
    ["en", check(false, true, 1), "1 thing to fix"],
    ["en", check(false, true, 3), "3 things to fix"],
    ["de", check(false, true, 1), "1 Punkt zu verbessern"],
    ["de", check(false, true, 2), "2 Punkte zu verbessern"],
  ] as const)("%s: %o", (lang, value, label) => {
    language.current = lang;
    expect(checkLabel(value)).toBe(label);
  });
});
