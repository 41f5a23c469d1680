import { describe, expect, it } from "vitest";
import { reviewable } from "./assess";
import { readIntent } from "./intent";
import { normalise } from "./normalise";
import { readTone } from "./tone";

/** Whether a comment the model finds abusive may be shown for review: it must name someone, and not be criticism. */
const eligible = (text: string) => {
  const normalised = normalise(text);
  return reviewable(normalised, [], false, readIntent(normalised, readTone(normalised, [], 0), ""));
};

describe("a person named on their own is someone named", () => {
  it.each([
    "Schulz ist ein Blender und sonst nichts",
    "Und Maas will uns alle mundtot machen",
    "Ehrlich, Seehofer redet nur Unsinn",
    "Trump lies all the time",
    "Honestly, Johnson is a disgrace",
  ])("%s", (text) => {
    expect(eligible(text)).toBe(true);
  });

  it.each([
    // No one named: a thing, a place or a group of words at the start of a sentence with an article.
    "Der Service ist eine Katastrophe",
    "Die Lieferung ist schon wieder zu spät",
    "Your service is a disgrace",
    "The delivery is late again",
    // A name that is not the subject of a clause.
    "Ich war gestern in Berlin und es war furchtbar",
    "I was in Berlin yesterday and it was awful",
    "Gestern war die Hotline wieder dicht",
    "Everything is broken again",
    "Boah, ist das ein Scheißwetter heute",
    "Wow, is this weather awful today",
  ])("not: %s", (text) => {
    expect(eligible(text)).toBe(false);
  });
});
