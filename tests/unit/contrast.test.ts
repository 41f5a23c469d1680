import { describe, expect, it } from "vitest";
import { colour, contrast, ruleValue, ruleValueIn, type Scheme, tokens } from "./css-colours";

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

const MARKER = "src/content/marker.css";

/**
 * What the marker sits on: the sites' page and comment backgrounds in each scheme (Facebook's page and comment
 * bubble, LinkedIn's page, white; in dark Facebook's page, card and bubble, X's black and dim, LinkedIn's).
 */
const SITE_BACKGROUNDS: Record<Scheme, string[]> = {
  light: ["#ffffff", "#f0f2f5", "#f4f2ee"],
  dark: ["#18191a", "#242526", "#3a3b3c", "#000000", "#15202b", "#1b1f23"],
};

/** Each look of the marker: its own rule first, then the button's, which the looks build on. */
const MARKER_LOOKS = ["neutral", "pending", "violation", "review"] as const;
const lookRules = (look: (typeof MARKER_LOOKS)[number]) =>
  look === "neutral" ? ["button"] : [`[data-look="${look}"]`, "button"];

describe.each(["light", "dark"] as const)("the marker's colours in the %s scheme", (scheme) => {
  it.each(MARKER_LOOKS)("the %s marker's text is at least 4.5:1 on its fill", (look) => {
    const text = ruleValueIn(MARKER, scheme, "color", lookRules(look));
    const fill = ruleValueIn(MARKER, scheme, "background", lookRules(look));
    expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARKER_LOOKS)("the %s marker's edge or fill stands out 3:1 from every site background", (look) => {
    const edge = ruleValueIn(MARKER, scheme, "border", lookRules(look));
    const fill = ruleValueIn(MARKER, scheme, "background", lookRules(look));
    for (const page of SITE_BACKGROUNDS[scheme])
      expect(Math.max(contrast(edge, page), contrast(fill, page)), `on ${page}`).toBeGreaterThanOrEqual(3);
  });

  it("the focus ring stands out 3:1 from every site background, and the tooltip's text reads", () => {
    const ring = ruleValueIn(MARKER, scheme, "outline", ["button:focus-visible"]);
    for (const page of SITE_BACKGROUNDS[scheme]) expect(contrast(ring, page), `on ${page}`).toBeGreaterThanOrEqual(3);
    const tip = [ruleValueIn(MARKER, scheme, "color", [".tip"]), ruleValueIn(MARKER, scheme, "background", [".tip"])];
    expect(contrast(...(tip as [string, string]))).toBeGreaterThanOrEqual(4.5);
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
    // The marker's own dark block counts in dark only: the review look's amber edge is light there.
    expect(ruleValueIn(MARKER, "light", "border", ['[data-look="review"]'])).toBe("#b45309");
    expect(ruleValueIn(MARKER, "dark", "border", ['[data-look="review"]'])).toBe("#f5b942");
  });
});
