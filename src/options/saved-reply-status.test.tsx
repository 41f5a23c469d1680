// @vitest-environment happy-dom
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { SavedReplyUsability } from "../replies/saved-reply-check";

const language = vi.hoisted(() => ({ current: "en" as "en" | "de" }));
vi.mock("../platform/i18n", () => ({
  t: (key: string, substitutions?: string | string[]) => messagesFor(language.current)(key, substitutions),
  uiLanguage: () => language.current,
}));

const { SavedReplyStatus } = await import("./saved-reply-status");

function shown(usability: SavedReplyUsability, lang: "en" | "de" = "en") {
  language.current = lang;
  const root = document.createElement("div");
  render(<SavedReplyStatus usability={usability} />, root);
  const offered = root.querySelector(".saved-offered")?.textContent;
  return { offered, problems: [...root.querySelectorAll(".saved-problems li")].map((li) => li.textContent) };
}

afterEach(() => {
  language.current = "en";
});

describe("SavedReplyStatus", () => {
  it("says a reply that passes everywhere will be offered, with nothing to fix", () => {
    expect(shown({ offered: "everywhere", problems: [] })).toEqual({ offered: "Will be offered", problems: [] });
    expect(shown({ offered: "everywhere", problems: [] }, "de")).toEqual({ offered: "Wird angeboten", problems: [] });
  });

  it("names a rule broken everywhere in the draft check's words", () => {
    const usability: SavedReplyUsability = {
      offered: "never",
      problems: [
        { code: "missing-greeting", text: "", only: {} },
        { code: "avoided-phrase", text: "as I said", only: {} },
      ],
    };
    expect(shown(usability)).toEqual({
      offered: "Will not be offered",
      problems: ["Your guidelines ask for a greeting at the start.", "Your guidelines avoid “as I said”."],
    });
    expect(shown(usability, "de")).toEqual({
      offered: "Wird nicht angeboten",
      problems: ["Ihre Richtlinien verlangen eine Begrüßung am Anfang.", "Ihre Richtlinien vermeiden „as I said“."],
    });
  });

  it("says where a reply is not offered: a site with its length, a language, an address form", () => {
    const tooLong: SavedReplyUsability = {
      offered: "partly",
      problems: [
        { code: "too-long", text: "", only: { sites: ["x"] }, lengths: [{ site: "x", length: 343, limit: 280 }] },
      ],
    };
    expect(shown(tooLong)).toEqual({
      offered: "Not offered on X",
      problems: ["Too long for X: 343 of 280 characters."],
    });
    expect(shown(tooLong, "de")).toEqual({
      offered: "Nicht angeboten auf X",
      problems: ["Zu lang für X: 343 von 280 Zeichen."],
    });
    const form: SavedReplyUsability = {
      offered: "partly",
      problems: [{ code: "address-form", text: "Ihnen", only: { forms: ["du"] } }],
    };
    expect(shown(form, "de")).toEqual({
      offered: "Nicht angeboten bei du-Anrede",
      problems: ["Bei du-Anrede: „Ihnen“ passt nicht zur Anrede dieser Antwort."],
    });
    const words: SavedReplyUsability = {
      offered: "partly",
      problems: [
        { code: "address-form", text: "Ihre", only: { forms: ["du"] } },
        { code: "address-form", text: "Sie", only: { forms: ["du"] } },
        { code: "address-form", text: "Ihnen", only: { forms: ["du"] } },
      ],
    };
    expect(shown(words, "de").problems).toEqual([
      "Bei du-Anrede: „Ihre / Sie / Ihnen“ passt nicht zur Anrede dieser Antwort.",
    ]);
    const mixed: SavedReplyUsability = {
      offered: "partly",
      problems: [
        { code: "missing-greeting", text: "", only: { languages: ["en"] } },
        {
          code: "too-long",
          text: "",
          only: { sites: ["x", "linkedin"] },
          lengths: [
            { site: "x", length: 1400, limit: 280 },
            { site: "linkedin", length: 1300, limit: 1250 },
          ],
        },
      ],
    };
    expect(shown(mixed)).toEqual({
      offered: "Not offered everywhere",
      problems: [
        "In English replies: Your guidelines ask for a greeting at the start.",
        "Too long for X: 1400 of 280 characters.",
        "Too long for LinkedIn: 1300 of 1250 characters.",
      ],
    });
  });

  it("shows a reply's words as text, never as markup", () => {
    const root = document.createElement("div");
    render(
      <SavedReplyStatus
        usability={{
          offered: "never",
          problems: [{ code: "avoided-phrase", text: "<img src=x onerror=alert(1)>", only: {} }],
        }}
      />,
      root,
    );
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
