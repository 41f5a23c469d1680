import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFeatures } from "./features";
import { decodeModel, languageProbability, scoreOffensive } from "./model";
import { normalise } from "./normalise";
import { shippedModel } from "./shipped-model";

const SAMPLES = [
  "Ihr seid doch alle Vollidioten!!! 😡",
  "Vielen Dank für die schnelle Hilfe @someone #top",
  "You are a complete moron, I know where you live",
  "Thanks, great service 👍👍",
  "V.o.l.l.i.d.i.o.t und Id1ot",
  "",
];

describe("scoreOffensive", () => {
  it("gives exactly the probability of the features the model was trained on, for any text", () => {
    const model = shippedModel();
    const check = (text: string) => {
      const normalised = normalise(text);
      const features = extractFeatures(normalised);
      for (const language of ["de", "en"] as const) {
        const expected = languageProbability(model[language], model.mask, features);
        expect(scoreOffensive(model, normalised, language).probability).toBe(expected);
      }
    };
    for (const text of SAMPLES) check(text);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), check), { numRuns: 200 });
  });

  it("stretches the probability so that the threshold reads as 0.5", () => {
    const model = shippedModel();
    const score = scoreOffensive(model, normalise("Halt die Fresse, du Drecksack"), "de");
    expect(score.offensive).toBe(score.toxicity >= 0.5);
  });
});

describe("decodeModel", () => {
  it("refuses what is not a model file, with a clear message", () => {
    expect(() => decodeModel(null)).toThrow(/not a Gelassen model file/);
    expect(() => decodeModel({ format: 1, hashBits: 2, languages: {} })).toThrow(/no de model/);
    const weights = Buffer.from([1, 2, 3]).toString("base64");
    const language = { bias: 0, scale: 1, threshold: 0.5, weights };
    expect(() => decodeModel({ format: 1, hashBits: 2, languages: { de: language, en: language } })).toThrow(
      /3 weights, not 4/,
    );
  });
});
