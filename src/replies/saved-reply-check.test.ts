import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES, type Guidelines, type SavedReply } from "../shared/guidelines";
import { SITE_IDS } from "../shared/sites";
import { savedSuggestions } from "./saved-replies";
import { savedReplyUsability } from "./saved-reply-check";

const G = DEFAULT_GUIDELINES;
const relaxed: Guidelines = { ...G, required: { greeting: false, thanks: false, name: false } };
const LONG = `Hi {name}, thanks for asking! ${"We open at ten on Sundays and close at four. ".repeat(7)}`;

/** Whether `savedSuggestions` offers the reply, on each site, in each of its languages and address forms. */
function offeredWhere(reply: Pick<SavedReply, "text" | "language">, guidelines: Guidelines): boolean[] {
  const withReply = { ...guidelines, savedReplies: [{ id: "r", title: "R", ...reply }] };
  const languages = reply.language === "any" ? (["de", "en"] as const) : [reply.language];
  return SITE_IDS.flatMap((site) =>
    languages.flatMap((language) =>
      (language === "de" ? (["sie", "du"] as const) : [undefined]).map(
        (form) =>
          savedSuggestions(withReply, "general", {
            language,
            form,
            name: form === "sie" ? "Alex Beispiel" : "Alex",
            context: { site, language, authorName: "Alex Beispiel", addressForm: form },
          }).length === 1,
      ),
    ),
  );
}

describe("savedReplyUsability", () => {
  it.each<[string, SavedReply["language"], Guidelines, ReturnType<typeof savedReplyUsability>]>([
    [
      "Hallo {name}, sonntags haben wir von 10 bis 16 Uhr geöffnet. Danke für die Frage!",
      "de",
      G,
      { offered: "everywhere", problems: [] },
    ],
    [
      "Sonntags haben wir von 10 bis 16 Uhr geöffnet.",
      "de",
      G,
      {
        offered: "never",
        problems: [
          { code: "missing-greeting", text: "", only: {} },
          { code: "missing-name", text: "", only: {} },
        ],
      },
    ],
    ["Wir haben sonntags zu.", "de", relaxed, { offered: "everywhere", problems: [] }],
    // Mirroring: a reply that says Sie is not offered where the reply says du.
    [
      "Hallo {name}, wir helfen Ihnen gern. Danke!",
      "de",
      G,
      { offered: "partly", problems: [{ code: "address-form", text: "Ihnen", only: { forms: ["du"] } }] },
    ],
    [
      "Hallo {name}, wir melden uns bei dir. Danke!",
      "de",
      { ...G, addressForm: "sie" },
      { offered: "never", problems: [{ code: "address-form", text: "dir", only: {} }] },
    ],
    [
      "Hi {name}, as I said, we open at 10. Thanks!",
      "en",
      G,
      { offered: "never", problems: [{ code: "avoided-phrase", text: "as I said", only: {} }] },
    ],
    [
      "Hi {name}, you'll get a full refund. Thanks!",
      "en",
      G,
      { offered: "never", problems: [{ code: "promise-refund", text: "refund", only: {} }] },
    ],
    [
      "Hi {name}, we are open 10 to 4 on Sundays. Thanks! 😊🙌",
      "any",
      G,
      { offered: "never", problems: [{ code: "emoji", text: "🙌", only: {} }] },
    ],
    [
      LONG,
      "en",
      G,
      {
        offered: "partly",
        problems: [
          { code: "too-long", text: "", only: { sites: ["x"] }, lengths: [{ site: "x", length: 343, limit: 280 }] },
        ],
      },
    ],
  ])("%s (%s)", (text, language, guidelines, expected) => {
    expect(savedReplyUsability({ text, language }, guidelines)).toEqual(expected);
  });

  it("checks a reply for any language in German and in English", () => {
    // "Servus" greets in German only: an English comment would get it without a greeting.
    expect(savedReplyUsability({ text: "Servus {name}, danke für die Frage!", language: "any" }, G)).toEqual({
      offered: "partly",
      problems: [{ code: "missing-greeting", text: "", only: { languages: ["en"] } }],
    });
  });

  it.each<[string, SavedReply["language"]]>([
    ["Hallo {name}, wir helfen Ihnen gern. Danke!", "de"],
    ["Sonntags haben wir zu.", "de"],
    ["Hallo {name}, danke für die Frage! Sonntags haben wir zu.", "de"],
    ["Servus {name}, danke für die Frage!", "any"],
    [LONG, "en"],
  ])("agrees with the suggestions: %s", (text, language) => {
    const where = offeredWhere({ text, language }, G);
    const expected = where.every(Boolean) ? "everywhere" : where.some(Boolean) ? "partly" : "never";
    expect(savedReplyUsability({ text, language }, G).offered).toBe(expected);
  });
});
