// Reads Gelassen's own stylesheets the way the contrast test needs them: the colour tokens of each scheme, and
// what one rule sets for one property, with var() resolved. Small on purpose: it knows the shape of our CSS
// (flat rules, tokens in `:root, :host` and one dark @media block), not CSS at large.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export type Scheme = "light" | "dark";

const ROOT = resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(resolve(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** `--name: value;` pairs of one block of declarations. */
function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.matchAll(/([-\w]+)\s*:\s*([^;{}]+);/g))
    found.set(match[1] as string, (match[2] as string).trim());
  return found;
}

/** The custom properties of tokens.css in one scheme: the light ones, with the dark block over them. */
export function tokens(scheme: Scheme): Map<string, string> {
  const css = read("src/ui/tokens.css");
  const dark = css.indexOf("@media (prefers-color-scheme: dark)");
  const light = declarations(css.slice(0, dark));
  if (scheme === "light") return light;
  const override = declarations(css.slice(dark).replace(/^[^{]*\{[^{]*\{/, ""));
  return new Map([...light, ...override]);
}

/** The (last word of the) value `property` has in the rule whose selector list contains `selector` exactly (last one wins). */
export function ruleValue(file: string, selector: string, property: string): string {
  let value: string | undefined;
  for (const match of read(file).matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (match[1] as string).split(",").map((part) => part.trim());
    if (!selectors.includes(selector)) continue;
    const own = declarations(match[2] as string);
    // `border: 1px solid <colour>` and `border-color` both say what colour the edge is.
    const found = property === "border" ? (own.get("border-color") ?? own.get("border")) : own.get(property);
    value = found?.split(/\s+/).at(-1) ?? value;
  }
  if (value === undefined) throw new Error(`${file}: no ${property} for ${selector}`);
  return value;
}

const DARK_MEDIA = "@media (prefers-color-scheme: dark)";

/** The stylesheet as one colour scheme sees it: without its dark @media block in light, with it (last) in dark. */
function cssIn(file: string, scheme: Scheme): string {
  const css = read(file);
  const start = css.indexOf(DARK_MEDIA);
  if (start < 0) return css;
  const open = css.indexOf("{", start);
  let depth = 1;
  let end = open + 1;
  for (; end < css.length && depth > 0; end += 1) depth += css[end] === "{" ? 1 : css[end] === "}" ? -1 : 0;
  const light = css.slice(0, start) + css.slice(end);
  return scheme === "light" ? light : `${light}\n${css.slice(open + 1, end - 1)}`;
}

/**
 * Like ruleValue, for a stylesheet with hex colours and a dark @media block of its own (the marker's): the value
 * in one scheme, `fallback` selectors asked in turn when `selector` does not set the property (the base rule).
 */
export function ruleValueIn(
  file: string,
  scheme: Scheme,
  property: "color" | "background" | "border" | "outline",
  selectors: readonly string[],
): string {
  const css = cssIn(file, scheme);
  for (const selector of selectors) {
    let value: string | undefined;
    for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!(match[1] as string).split(",").some((part) => part.trim() === selector)) continue;
      const own = declarations(match[2] as string);
      const found = own.get(`${property}-color`) ?? own.get(property);
      value = found?.split(/\s+/).at(-1) ?? value;
    }
    if (value !== undefined) return value;
  }
  throw new Error(`${file}: no ${property} for ${selectors.join(" or ")} in the ${scheme} scheme`);
}

/** A colour value (a hex colour or var(--token)) as a hex colour in one scheme. */
export function colour(value: string, scheme: Scheme): string {
  const token = /^var\((--[-\w]+)\)$/.exec(value.trim());
  if (!token) return value.trim();
  const resolved = tokens(scheme).get(token[1] as string);
  if (!resolved) throw new Error(`no token ${token[1]}`);
  return colour(resolved, scheme);
}

/** WCAG 2.1 relative luminance of a #rrggbb or #rgb colour. */
function luminance(hex: string): number {
  const digits = hex.replace("#", "");
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = Number.parseInt(full.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
