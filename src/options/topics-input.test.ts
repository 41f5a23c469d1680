import { describe, expect, it } from "vitest";
import { parseTopics, topicsText } from "./topics-input";

describe("parseTopics", () => {
  it.each<[string, string[]]>([
    ["", []],
    [" , ;\n", []],
    ["Sonntag, Öffnungszeiten", ["Sonntag", "Öffnungszeiten"]],
    ["  Sunday ,opening   hours ", ["Sunday", "opening hours"]],
    ["Sonntag; Feiertag\nÖffnungszeiten", ["Sonntag", "Feiertag", "Öffnungszeiten"]],
    // Each once, as first typed.
    ["Öffnungszeiten, öffnungszeiten, ÖFFNUNGSZEITEN , Sonntag", ["Öffnungszeiten", "Sonntag"]],
    ["Wann habt ihr sonntags offen?", ["Wann habt ihr sonntags offen?"]],
  ])("%j", (input, topics) => {
    expect(parseTopics(input)).toEqual({ ok: true, topics });
  });

  it("takes twenty topics and refuses a twenty-first, counting only distinct ones", () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `topic ${index + 1}`);
    expect(parseTopics([...twenty, "topic 1", " topic 2 "].join(", "))).toEqual({ ok: true, topics: twenty });
    expect(parseTopics([...twenty, "topic 21"].join(", "))).toEqual({ ok: false, error: "too-many", count: 21 });
  });

  it("takes a topic of 200 characters and refuses a longer one, naming it", () => {
    const max = "x".repeat(200);
    expect(parseTopics(`Sonntag, ${max}`)).toEqual({ ok: true, topics: ["Sonntag", max] });
    expect(parseTopics(`Sonntag, ${max}y`)).toEqual({ ok: false, error: "too-long", topic: `${max}y` });
  });

  it("gives topics back as they can be typed again", () => {
    expect(topicsText(["Sonntag", "Öffnungszeiten"])).toBe("Sonntag, Öffnungszeiten");
    expect(topicsText(undefined)).toBe("");
    const parsed = parseTopics(topicsText(["Sunday", "opening hours"]));
    expect(parsed).toEqual({ ok: true, topics: ["Sunday", "opening hours"] });
  });
});
