import { describe, expect, it } from "vitest";
import { looseKey, wordKey } from "./fold";
import { normalise } from "./normalise";
import { WordSet } from "./word-set";

const keys = (text: string) => normalise(text).tokens.map((token) => token.key);

describe("normalise", () => {
  it.each([
    ["Id1ot", ["idiot"]],
    ["V.o.l.l.i.d.i.o.t", ["vollidiot"]],
    ["I d i o t", ["idiot"]],
    ["f-u-c-k off", ["fuck", "off"]],
    ["Id\u200Biot", ["idiot"]],
    ["Іdiot", ["idiot"]],
    ["𝐈𝐝𝐢𝐨𝐭", ["idiot"]],
    ["Ｉｄｉｏｔ", ["idiot"]],
    ["$h!t", ["shit"]],
    ["Größe", ["groesse"]],
    ["Café", ["cafe"]],
    ["don't", ["dont"]],
    ["2024 Euro", ["2024", "euro"]],
    ["@someone hallo", ["@user", "hallo"]],
  ])("%s → %j", (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it("keeps emoji as tokens and counts them by meaning", () => {
    const result = normalise("Toll 😡😡 👍🏽 🙄");
    expect(result.tokens.filter((token) => token.kind === "emoji").map((token) => token.key)).toEqual([
      "😡",
      "😡",
      "👍🏽",
      "🙄",
    ]);
    expect(result.emoji).toMatchObject({ angry: 2, positive: 1, ironic: 1 });
  });

  it("marks quoted words and reads links apart", () => {
    const result = normalise('Er sagte „Idiot" zu mir, siehe https://example.com/x?idiot=1');
    expect(result.tokens.find((token) => token.key === "idiot")?.quoted).toBe(true);
    expect(result.urls).toEqual(["https://example.com/x?idiot=1"]);
    expect(result.tokens.filter((token) => token.key === "idiot")).toHaveLength(1);
  });

  it("measures shouting only on real words", () => {
    expect(normalise("DAS IST UNVERSCHÄMT").shouting).toBe(1);
    expect(normalise("Das ist OK, danke an die DB").shouting).toBeLessThan(0.3);
  });

  it("keeps offsets so evidence is quoted as written", () => {
    const result = normalise("Du V.o.l.l.i.d.i.o.t!");
    const token = result.tokens[1];
    expect(result.text.slice(token?.start, token?.end)).toBe("V.o.l.l.i.d.i.o.t");
  });
});

describe("word keys and sets", () => {
  it("squeezes only words that have doubles, and never loses a double", () => {
    expect(wordKey("Idiooot")).toBe("idiooot");
    expect(looseKey("idiooot")).toBe("idiot");
    expect(looseKey("con")).toBeUndefined();
    const set = new WordSet(["*idiot", "coon", "depp", "f*ck"]);
    expect(set.has("idiooot")).toBe(true);
    expect(set.has("vollidiooot")).toBe(true);
    expect(set.has("con")).toBe(false);
    expect(set.has("cooon")).toBe(true);
    expect(set.has("deep")).toBe(false);
    expect(set.has("deppp")).toBe(true);
  });

  it("matches masked words", () => {
    const set = new WordSet(["arschloch", "fuck"]);
    expect(set.has("a*schloch")).toBe(true);
    expect(set.has("f*ck")).toBe(true);
    expect(set.has("*")).toBe(false);
  });

  it("reads a masked word as the swear word it may hide, not as a slur with the same letters", () => {
    const slurs = new WordSet(["slut", "arschloch"]);
    const swearing = new WordSet(["shit", "arschloch"], { masks: true });
    expect(swearing.has("s**t")).toBe(true);
    expect(slurs.has("s**t")).toBe(false);
    // Nothing milder fits: the masked word is what it hides, in every set that holds it.
    expect(slurs.has("sl*t")).toBe(true);
    expect(slurs.has("a*schloch")).toBe(true);
  });
});
