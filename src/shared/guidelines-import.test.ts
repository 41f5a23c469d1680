import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES, repairGuidelines } from "./guidelines";
import { exportGuidelines, parseGuidelinesImport } from "./guidelines-import";

const file = (fields: Record<string, unknown>) => JSON.stringify({ version: 1, ...fields });

describe("parseGuidelinesImport", () => {
  it("reads back what export wrote", () => {
    const own = { ...DEFAULT_GUIDELINES, companyName: "Acme", addressForm: "du" as const, initials: "^ak" };
    expect(parseGuidelinesImport(exportGuidelines(own))).toEqual({ ok: true, value: own });
  });

  it("keeps the base for fields the file leaves out, nested ones too", () => {
    const result = parseGuidelinesImport(JSON.stringify({ companyName: "Acme", required: { thanks: false } }));
    expect(result.ok && result.value.companyName).toBe("Acme");
    expect(result.ok && result.value.required).toEqual({ greeting: true, thanks: false, name: true });
    expect(result.ok && result.value.maxLength).toEqual(DEFAULT_GUIDELINES.maxLength);
  });

  it.each([
    [{ addressForm: "Sie" }, 'addressForm: must be one of "sie", "du", "mirror" (found "Sie")'],
    [{ companyName: 42 }, "companyName: must be text (found 42)"],
    [{ maxLength: { x: 500 } }, "maxLength.x: must be at most 280 (found 500)"],
    [{ maxLength: { facebook: 10 } }, "maxLength.facebook: must be at least 50 (found 10)"],
    [{ holdingDeadlineHours: 2.5 }, "holdingDeadlineHours: must be a whole number (found 2.5)"],
    [{ required: { greeting: "yes" } }, 'required.greeting: must be true or false (found "yes")'],
    [{ required: true }, "required: must be an object (found true)"],
    [{ avoidPhrases: "calm down" }, 'avoidPhrases: must be a list (found "calm down")'],
    [{ avoidPhrases: ["ok", 7] }, "avoidPhrases[1]: must be text (found 7)"],
    [{ initials: "x".repeat(21) }, `initials: must be at most 20 characters long (found "${"x".repeat(21)}")`],
    [{ adressForm: "du" }, 'adressForm: is not a field of the guidelines (did you mean "addressForm"?)'],
    [{ colour: "blue" }, "colour: is not a field of the guidelines"],
    [
      { savedReplies: [{ id: "a", title: "", text: "Hallo", language: "fr" }] },
      [
        "savedReplies[0].title: must not be empty",
        'savedReplies[0].language: must be one of "de", "en", "any" (found "fr")',
      ],
    ],
    [{ savedReplies: [{ id: "a", title: "T", language: "de" }] }, "savedReplies[0].text: is missing (must be text)"],
    [
      { savedReplies: [{ id: "a", title: "T", text: "x", language: "de", roles: ["boss"] }] },
      /^savedReplies\[0\]\.roles\[0\]: must be one of/,
    ],
    [{ version: 9 }, "version: must be a version up to 1 (found 9)"],
  ])("names the wrong field in %j", (fields, expected) => {
    const result = parseGuidelinesImport(file(fields));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    if (expected instanceof RegExp) expect(errors).toEqual([expect.stringMatching(expected)]);
    else expect(errors).toEqual(Array.isArray(expected) ? expected : [expected]);
  });

  it("lists every wrong field at once and applies none of them", () => {
    const result = parseGuidelinesImport(file({ companyName: "Acme", emoji: "lots", maxLength: { x: "280" } }));
    expect(result).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^emoji:/), expect.stringMatching(/^maxLength\.x:/)],
    });
    expect(result).not.toHaveProperty("value");
  });

  it.each([
    ["{ companyName: 'Acme' }", /^\(file\): is not valid JSON/],
    ["[1, 2]", /^\(file\): must be a JSON object .* \(found a list\)$/],
    ["null", /^\(file\): must be a JSON object .* \(found null\)$/],
  ])("rejects a file that is not a guidelines object: %s", (json, message) => {
    const result = parseGuidelinesImport(json);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(message)]);
  });

  it("gives each error a code and a detail for the translated message", () => {
    const result = parseGuidelinesImport(file({ maxLength: { x: 500 }, adressForm: "du" }));
    expect(result.ok ? [] : result.issues.map(({ path, code, detail }) => ({ path, code, detail }))).toEqual([
      { path: "adressForm", code: "unknown-field", detail: "addressForm" },
      { path: "maxLength.x", code: "too-big", detail: "280" },
    ]);
  });
});

describe("repairGuidelines", () => {
  it("gives the defaults for nothing stored", () => {
    expect(repairGuidelines(undefined)).toEqual({ value: DEFAULT_GUIDELINES, problems: [] });
  });

  it("drops one broken saved reply and keeps the others", () => {
    const good = { id: "a", title: "Thanks", text: "Thank you!", language: "en" };
    const { value, problems } = repairGuidelines({ savedReplies: [good, { id: "b" }, good] });
    expect(value.savedReplies).toEqual([good, good]);
    expect(problems).toEqual([expect.stringMatching(/^savedReplies\[1\]: .*dropped$/)]);
  });

  it("fills fields added since the value was stored", () => {
    const { fallbackLanguage, ...old } = DEFAULT_GUIDELINES;
    expect(repairGuidelines({ ...old, addressForm: "du" }).value).toEqual({ ...DEFAULT_GUIDELINES, addressForm: "du" });
    expect(fallbackLanguage).toBe("ui");
  });
});
