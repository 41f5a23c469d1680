import { describe, expect, it } from "vitest";
import { addressName, cleanName, nameTokens } from "./reply-name";

describe("reply names", () => {
  it.each([
    ["Anna Schmidt", "Anna Schmidt"],
    ["🌻 Anna Schmidt 🌻", "Anna Schmidt"],
    ["Anna Schmidt (sie/ihr)", "Anna Schmidt"],
    ["Anna Schmidt | Head of Marketing", "Anna Schmidt"],
    ["Max – Foodblogger", "Max"],
    ["ANNA SCHMIDT", "Anna Schmidt"],
    ["Jean-Luc O'Neill", "Jean-Luc O'Neill"],
    ["xX_gamer_2000_Xx", undefined],
    ["Best deals here buy now cheap", undefined],
    ["", undefined],
  ])("%s → %s", (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it("uses the first name with du and in English, the full name with Sie and for organisations", () => {
    expect(addressName("Dr. Anna Schmidt", { polite: false, organisation: false })).toBe("Anna");
    expect(addressName("Dr. Anna Schmidt", { polite: true, organisation: false })).toBe("Anna Schmidt");
    expect(addressName("Prof. Dr. Jan Berg", { polite: true, organisation: false })).toBe("Jan Berg");
    expect(addressName("Acme Foods", { polite: false, organisation: true })).toBe("Acme Foods");
    expect(nameTokens("Dr. Anna Schmidt")).toEqual(["Anna", "Schmidt"]);
  });

  it("greets an initial with the whole name, and drops a councillor's title", () => {
    expect(addressName("M. Thornbury", { polite: false, organisation: false })).toBe("M. Thornbury");
    expect(addressName("Cllr Amira Haddad", { polite: false, organisation: false })).toBe("Amira");
  });
});
