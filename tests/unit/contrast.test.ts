import { describe, expect, it } from "vitest";
import { colour, contrast, ruleValue, type Scheme, tokens } from "./css-colours";

const COMPONENTS = "src/ui/components.css";
const THEME = "src/ui/theme.css";
const OPTIONS = "src/options/options.css";

/** Text colour on its background, each a token: what the pages and the in-page UI put together. */
const TEXT_ON: [string, string][] = [
  ["--fg", "--bg"],
  ["--muted", "--bg"],
  ["--muted", "--soft"],
  ["--accent", "--bg"],
  ["--accent", "--soft"],
  ["--accent-fg", "--accent"],
  ["--warn", "--bg"],
  ["--warn", "--warn-soft"],
  ["--fg", "--warn-soft"],
  ["--danger", "--bg"],
  ["--danger", "--danger-soft"],
  ["--fg", "--danger-soft"],
  ["--good", "--good-soft"],
  ["--info", "--info-soft"],
];

const ratio = (fore: string, back: string, scheme: Scheme) => contrast(colour(fore, scheme), colour(back, scheme));

describe.each(["light", "dark"] as const)("contrast in the %s scheme", (scheme) => {
  it.each(TEXT_ON)("text in %s on %s is at least 4.5:1", (fore, back) => {
    expect(ratio(`var(${fore})`, `var(${back})`, scheme)).toBeGreaterThanOrEqual(4.5);
  });

  it("the guard's floating note sets its own text colour and reads on its background", () => {
    // It floats alone on the site's page: an inherited colour was the site's black on the dark amber.
    const text = ruleValue(COMPONENTS, ".advice", "color");
    const background = ruleValue(COMPONENTS, ".advice-keep", "background");
    expect(ratio(text, background, scheme)).toBeGreaterThanOrEqual(4.5);
  });

  it("the switch's track stands out from the page, and its knob from the track, on and off", () => {
    const page = ruleValue(THEME, "body", "background");
    const off = ruleValue(THEME, ".switch", "background");
    const on = ruleValue(THEME, '.switch[aria-checked="true"]', "background");
    const knob = ruleValue(THEME, ".switch-knob", "background");
    for (const track of [off, on]) {
      expect(ratio(track, page, scheme)).toBeGreaterThanOrEqual(3);
      expect(ratio(knob, track, scheme)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([
    [OPTIONS, ".field textarea"],
    [OPTIONS, ".field select"],
    [OPTIONS, ".field-number input"],
    [COMPONENTS, ".suggestion-editor"],
    [COMPONENTS, ".button"],
  ])("%s: the edge of %s is at least 3:1 against its background", (file, selector) => {
    const edge = ruleValue(file, selector, "border");
    const background = ruleValue(file, selector, "background");
    expect(ratio(edge, background, scheme)).toBeGreaterThanOrEqual(3);
  });
});

describe("the stylesheet reader", () => {
  it("resolves tokens per scheme and computes WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(tokens("light").get("--bg")).toBe("#ffffff");
    expect(tokens("dark").get("--bg")).not.toBe("#ffffff");
    // The note as it was: no colour of its own (the site's black) on the dark amber, the 1.4:1 of issue 13.
    expect(contrast("#000000", colour("var(--warn-soft)", "dark"))).toBeLessThan(1.5);
  });
});
