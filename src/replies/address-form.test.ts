import { describe, expect, it } from "vitest";
import { addressFormOf, commenterFormOf, findAddress } from "./address-form";

describe("addressFormOf", () => {
  it.each([
    ["Können Sie mir sagen, wo mein Paket ist?", "sie"],
    ["Danke, Ihnen auch.", "sie"],
    ["Ihre Hotline ist nie erreichbar.", "sie"],
    ["Sie haben mein Paket verloren.", "sie"],
    ["Kannst du mal nachsehen?", "du"],
    ["Ihr habt mein Paket verloren!", "du"],
    ["Warum antwortet ihr nicht?", "du"],
    ["Was ist bei euch los?", "du"],
    ["Ihr Idioten habt mein Paket verloren!", "du"],
    ["Ich habe sie gestern angerufen.", undefined],
    ["Paket kommt nicht.", undefined],
    ["Where is my parcel?", undefined],
  ] as const)("%s → %s", (text, form) => {
    expect(addressFormOf(text)).toBe(form);
  });

  it("counts only clear forms when a draft is checked for mixing", () => {
    expect(findAddress("Sie haben recht.")).toEqual({ sie: [], du: [] });
    expect(findAddress("Hallo, Sie haben recht, dein Team").sie.map((s) => s.text)).toEqual(["Sie"]);
    expect(findAddress("Hallo, Sie haben recht, dein Team").du.map((s) => s.text)).toEqual(["dein"]);
    expect(findAddress("Abwertungen wegen ihrer Herkunft")).toEqual({ sie: [], du: [] });
  });
});

describe("commenterFormOf: the form used towards the company", () => {
  it.each<[string, "sie" | "du" | undefined]>([
    ["Ach du Scheiße, schon wieder kein Netz. Können Sie das bitte prüfen?", "sie"],
    ["Du meine Güte, was für ein Chaos.", undefined],
    ["@Paul_R kannst du mir sagen, wo das steht? Können Sie mir die Nummer schicken?", "sie"],
    ["@Rheinwerk könnt ihr mir helfen?", "du"],
    ["Der Mitarbeiter meinte nur „da kannst du nichts machen“. Ich bitte Sie um Klärung.", "sie"],
    ["Kannst du mal nachsehen?", "du"],
  ])("%s → %s", (text, form) => {
    expect(commenterFormOf(text, "Rheinwerk")).toBe(form);
  });
});
