import { detectLanguage } from "../../src/analysis/language";
import { normalise } from "../../src/analysis/normalise";
import { loadCustomerCare, loadDavidson, loadGermEval } from "../train/data";

/**
 * Language detection on short comments: Gelassen's own detector against the small libraries one might use
 * instead. The libraries are not dependencies of Gelassen; to compare, install them beside it first:
 *   npm install --no-save eld tinyld franc-min
 * Each comment's language is known from its data set (GermEval: German; Davidson, customer care: English).
 */
type Detect = (text: string) => string;

async function libraries(): Promise<Array<[string, Detect]>> {
  const found: Array<[string, Detect]> = [];
  const tryImport = async (name: string) => {
    try {
      return await import(name);
    } catch {
      return undefined;
    }
  };
  const deOrEn = (code: string | undefined) => (code === "de" || code === "en" ? code : code ? "other" : "und");
  const eld = await tryImport("eld/small");
  if (eld) found.push(["eld (small)", (text) => deOrEn(eld.eld.detect(text).language)]);
  const tinyld = await tryImport("tinyld/light");
  if (tinyld)
    found.push(["tinyld (light), de/en only", (text) => tinyld.detect(text, { only: ["de", "en"] }) || "und"]);
  const franc = await tryImport("franc-min");
  if (franc) {
    const code = (iso: string) => (iso === "deu" ? "de" : iso === "eng" ? "en" : iso === "und" ? "und" : "other");
    found.push(["franc-min, de/en only", (text) => code(franc.franc(text, { only: ["deu", "eng"], minLength: 3 }))]);
    found.push(["franc-min, all languages", (text) => code(franc.franc(text, { minLength: 3 }))]);
  }
  return found;
}

const BUCKETS: Array<[string, (length: number) => boolean]> = [
  ["≤ 40 characters", (n) => n <= 40],
  ["41–100", (n) => n > 40 && n <= 100],
  ["> 100", (n) => n > 100],
  ["all", () => true],
];

export default async function languageBench({ root }: { root: string }): Promise<void> {
  const strip = (text: string) => text.replace(/@user/g, "").trim();
  const items: Array<[string, string]> = [
    ...loadGermEval(root).map((e): [string, string] => [strip(e.text), "de"]),
    ...loadDavidson(root)
      .slice(0, 5_000)
      .map((e): [string, string] => [strip(e.text), "en"]),
    ...loadCustomerCare(root).customers.map((text): [string, string] => [strip(text), "en"]),
  ];
  const own: Detect = (text) => {
    const normalised = normalise(text);
    return detectLanguage(normalised.text, normalised.tokens).language;
  };
  const detectors: Array<[string, Detect]> = [["Gelassen (own)", own], ...(await libraries())];
  if (detectors.length === 1)
    console.log("(eld, tinyld, franc-min not installed: only Gelassen's own detector is measured)");
  console.log(`${items.length} comments; per length: right / wrong (the rest: "und", undecided); time per comment`);
  console.log(`${"".padEnd(28)}${BUCKETS.map(([name]) => name.padEnd(22)).join("")}`);
  for (const [name, detect] of detectors) {
    for (const [text] of items.slice(0, 500)) detect(text);
    const started = performance.now();
    const results = items.map(([text, language]) => [text.length, detect(text), language] as const);
    const each = (performance.now() - started) / items.length;
    const cells = BUCKETS.map(([, inBucket]) => {
      const chosen = results.filter(([length]) => inBucket(length));
      const right = chosen.filter(([, got, want]) => got === want).length / chosen.length;
      const wrong = chosen.filter(([, got, want]) => got !== want && got !== "und").length / chosen.length;
      return `${(100 * right).toFixed(1)} / ${(100 * wrong).toFixed(1)} %`.padEnd(22);
    });
    console.log(`${name.padEnd(28)}${cells.join("")}${each.toFixed(3)} ms`);
  }
}
