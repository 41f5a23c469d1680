import type { Language } from "../shared/assessment";
import { extractFeatures, wordFeatures } from "./features";
import type { Normalised, Token } from "./normalise";

/**
 * The trained offensive-language model: one logistic regression per language over hashed features
 * (features.ts), weights quantised to 8 bits. The file is written by `npm run train` (scripts/train/) and
 * shipped in assets/model/; nothing is fetched from the network.
 */

export interface ModelFileHead {
  format: 1;
  hashBits: number;
  languages: Record<
    "de" | "en",
    { bias: number; scale: number; threshold: number; weights: string; review?: number; confirm?: number }
  >;
  /** Free-form: what it was trained on, when, with which seed; the training report's figures. */
  about?: Record<string, unknown>;
}

export interface LanguageModel {
  bias: number;
  /** Weight of bucket i is weights[i] * scale. */
  scale: number;
  weights: Int8Array;
  /** Probability from which a comment counts as offensive (chosen inside the training folds). */
  threshold: number;
  /**
   * Probability from which a comment no rule names goes to `review` (chosen on the training part's
   * out-of-fold probabilities; see scripts/train/calibrate.ts). Files without it use `threshold`.
   */
  review: number;
  /**
   * Probability from which the model confirms a derogatory word said of a person as an insult (a rule names the
   * words, the model says the comment is abusive). Chosen like `review`; files without it use `threshold`.
   */
  confirm: number;
}

export interface OffensiveModel {
  mask: number;
  de: LanguageModel;
  en: LanguageModel;
}

export interface OffensiveScore {
  probability: number;
  /** The probability stretched so that the language's threshold sits at 0.5: what users read as toxicity. */
  toxicity: number;
  /** Whether the probability reaches the language's threshold. */
  offensive: boolean;
  /** Whether it reaches the language's review threshold: confident enough to ask the user to check it. */
  review: boolean;
  /** Whether it is confident enough to confirm a derogatory word said of a person as an insult. */
  confirms: boolean;
  /** Words with the largest share of the score, as written. */
  evidence: string[];
}

function decodeBase64(text: string): Uint8Array {
  if (typeof atob === "function") {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  }
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** Reads a model file; throws with a clear message if it is not one. */
export function decodeModel(file: unknown): OffensiveModel {
  const head = file as Partial<ModelFileHead> | null;
  if (head?.format !== 1 || typeof head.hashBits !== "number" || !head.languages) {
    throw new Error("not a Gelassen model file (format 1 expected)");
  }
  const size = 2 ** head.hashBits;
  const read = (language: "de" | "en"): LanguageModel => {
    const entry = head.languages?.[language];
    if (!entry) throw new Error(`the model file has no ${language} model`);
    const bytes = decodeBase64(entry.weights);
    if (bytes.length !== size) throw new Error(`the ${language} model has ${bytes.length} weights, not ${size}`);
    return {
      bias: entry.bias,
      scale: entry.scale,
      weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      threshold: entry.threshold,
      review: entry.review ?? entry.threshold,
      confirm: entry.confirm ?? entry.threshold,
    };
  };
  return { mask: size - 1, de: read("de"), en: read("en") };
}

/** The model's probability that a comment with these features is offensive. */
export function languageProbability(model: LanguageModel, mask: number, features: ArrayLike<number>): number {
  return sigmoid(logit(model, mask, features));
}

function logit(model: LanguageModel, mask: number, features: ArrayLike<number>): number {
  if (!features.length) return model.bias;
  let sum = 0;
  for (let index = 0; index < features.length; index++)
    sum += model.weights[(features[index] as number) & mask] as number;
  return model.bias + (sum * model.scale) / Math.sqrt(features.length);
}

/** A feature buffer reused from comment to comment: the hot path allocates nothing per feature. */
class FeatureBuffer {
  values = new Uint32Array(4096);
  length = 0;
  push(hash: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = hash;
  }
  view(): Uint32Array {
    return this.values.subarray(0, this.length);
  }
}
const buffer = new FeatureBuffer();

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Scores with the comment's language; an undetermined language gets the higher of the two. */
export function scoreOffensive(model: OffensiveModel, normalised: Normalised, language: Language): OffensiveScore {
  buffer.length = 0;
  const features = extractFeatures(normalised, buffer).view();
  const pick = (which: "de" | "en") => ({ which, p: languageProbability(model[which], model.mask, features) });
  const de = language === "en" ? undefined : pick("de");
  const en = language === "de" ? undefined : pick("en");
  const best = !de ? (en as { which: "en"; p: number }) : !en || de.p >= en.p ? de : en;
  const chosen = model[best.which];
  const offensive = best.p >= chosen.threshold;
  const t = chosen.threshold;
  const toxicity = best.p < t ? (0.5 * best.p) / t : 0.5 + (0.5 * (best.p - t)) / (1 - t);
  return {
    probability: best.p,
    toxicity,
    offensive,
    review: best.p >= chosen.review,
    confirms: best.p >= chosen.confirm,
    evidence: offensive || best.p >= chosen.review ? evidence(chosen, model.mask, normalised) : [],
  };
}

/** Function words never count as evidence, however the model weighs them. */
const FUNCTION_WORDS = new Set(
  (
    "der die das und ist nicht ich ein eine zu den mit sich auf es du sie wir ihr von dem des auch als an wie so " +
    "noch aber nur hat haben wird sind bin war mal ja doch wenn dann was wer wo dass oder weil euch dich mir mich " +
    "dir uns mein dein kein man the and is are not i a an to of in it you that this for on with was be have has " +
    "do but they we my your me what when so if or at from there their them he she his her our us no its im all " +
    "these those cause just like get got"
  ).split(" "),
);

/**
 * The words that carry the score: each word's own features (itself and its character n-grams) summed, the
 * largest first. Only words that clearly push towards "offensive" count.
 */
function evidence(model: LanguageModel, mask: number, normalised: Normalised): string[] {
  const scored: Array<{ word: string; weight: number }> = [];
  for (const token of normalised.tokens) {
    if ((token.kind !== "word" && token.kind !== "hashtag") || FUNCTION_WORDS.has(token.key)) continue;
    const average = wordWeight(model, mask, token);
    if (average >= EVIDENCE_WEIGHT / 2)
      scored.push({ word: normalised.text.slice(token.start, token.end), weight: average });
  }
  scored.sort((a, b) => b.weight - a.weight);
  const strong = scored.filter((entry) => entry.weight >= EVIDENCE_WEIGHT);
  // When no word stands out on its own, the two that weigh most still say what the model heard.
  const chosen = strong.length ? strong.slice(0, 3) : scored.slice(0, 2);
  return [...new Set(chosen.map((entry) => entry.word))];
}

/**
 * How much one word, on its own, pushes a comment towards "offensive": the average weight of its features (the
 * word and its character n-grams), in 8-bit steps of the model's scale. The n-grams let a compound never seen in
 * training ("Oberpfeife", "Kernseifenloser") weigh like the words it is built from.
 */
export function wordWeight(model: LanguageModel, mask: number, token: Token): number {
  buffer.length = 0;
  wordFeatures(token, buffer);
  let weight = 0;
  for (const feature of buffer.view()) weight += model.weights[feature & mask] as number;
  return weight / Math.max(1, buffer.length);
}

/** The least average weight (in 8-bit steps of the model's scale) for which a word counts as evidence. */
const EVIDENCE_WEIGHT = 8;
