import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { repairEvasions } from "./repair";

const keys = (text: string) =>
  repairEvasions(normalise(text))
    .tokens.map((token) => token.key)
    .join(" ");

describe("repairEvasions", () => {
  it.each([
    ["Ichhasse Muslime", "ich hasse muslime"],
    ["Muslime sindAbschaum", "muslime sind abschaum"],
    ["Ihate women", "i hate women"],
    ["Youloser", "you loser"],
    ["Ausländerraus", "auslaender raus"],
  ])("splits glued words: %s", (text, expected) => {
    expect(keys(text)).toBe(expected);
  });

  it.each([
    ["Ich hsase Musilme", "ich hasse muslime"],
    ["wmoen are vermni", "women are vermin"],
    ["Flüchtlnge sind Ungezifer", "fluechtlinge sind ungeziefer"],
    ["Du bist ein Idoit", "du bist ein idiot"],
    ["You are an idot", "you are an idiot"],
    ["Du bist ein Vollidot", "du bist ein vollidiot"],
  ])("repairs swapped and dropped letters in the words that matter: %s", (text, expected) => {
    expect(keys(text)).toBe(expected);
  });

  it.each([
    "Ich weiß, wo du wohnst",
    "Die Arbeiter erhalten Lohn unter Tarif",
    "Große Scheine sind schlecht zu wechseln",
    "Hunde, die bellen, beißen nicht",
    "Make a pick, you wore that yesterday",
    "Der Posten wurde neu besetzt",
    "Ich mag Hasen und Kaninchen",
  ])("leaves ordinary words alone: %s", (text) => {
    expect(keys(text)).toBe(
      normalise(text)
        .tokens.map((token) => token.key)
        .join(" "),
    );
  });
});
