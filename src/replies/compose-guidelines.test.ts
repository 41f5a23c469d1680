import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import { composeReplies } from "./compose";
import { assessmentOf, commentOf } from "./fixtures";

const now = new Date("2025-06-02T10:20:00Z");
const options = { now, timeZone: "Europe/Berlin" };
const complaint = "Ich warte seit drei Wochen auf mein Paket. Können Sie mir sagen, wo es bleibt?";
const disappointed = assessmentOf("de", "disappointed-customer", "critical");
const texts = (g: Guidelines, text = complaint, a = disappointed, name?: string) =>
  composeReplies(commentOf(text, name === undefined ? {} : { name }), a, g, options).map((s) => s.text);

describe("variety and determinism", () => {
  const pageOn = (site: "facebook" | "x") =>
    Array.from({ length: 20 }, (_, i) =>
      composeReplies(
        commentOf(complaint, { id: `c-${i}`, site, name: undefined }),
        disappointed,
        DEFAULT_GUIDELINES,
        options,
      ),
    );
  const page = pageOn("facebook");

  it.each([
    // Replies name the comment's specifics, so fewer wordings fit any one comment than when they were generic;
    // twenty identical comments still get at least this many different answers in each position.
    ["facebook", 12],
    ["x", 10],
  ] as const)("gives a page of 20 similar complaints on %s different answers", (site, least) => {
    const suggestions = site === "facebook" ? page : pageOn(site);
    const positions = Math.max(...suggestions.map((s) => s.length));
    expect(positions).toBeGreaterThanOrEqual(2);
    for (let position = 0; position < positions; position++) {
      const distinct = new Set(suggestions.map((s) => s[position]?.text));
      expect(distinct.size).toBeGreaterThanOrEqual(least);
    }
  });

  it("suggests nothing for the company's own comments", () => {
    const own = { ...commentOf(complaint), byPageOwner: true };
    expect(composeReplies(own, disappointed, DEFAULT_GUIDELINES, options)).toEqual([]);
  });

  it("gives the same comment the same suggestions every time", () => {
    const again = composeReplies(
      commentOf(complaint, { id: "c-7", name: undefined }),
      disappointed,
      DEFAULT_GUIDELINES,
      options,
    );
    expect(again).toEqual(page[7]);
  });
});

describe("composeReplies follows the guidelines", () => {
  it("mirrors the commenter's address form, or uses the one the guidelines fix", () => {
    const du = "Warum dauert das bei euch so lange? Kannst du mal nachsehen?";
    expect(texts(DEFAULT_GUIDELINES, du).join(" ")).toMatch(/\b(dir|dich|dein)/);
    expect(texts(DEFAULT_GUIDELINES, du).join(" ")).not.toMatch(/\b(Sie|Ihnen|Ihr)\b/);
    const sie = texts({ ...DEFAULT_GUIDELINES, addressForm: "sie" }, du).join(" ");
    expect(sie).toMatch(/\bIhnen|\bSie\b/);
    expect(sie).not.toMatch(/\b(du|dir|dich|dein\w*)\b/i);
    // No sign of either: mirroring falls back to Sie.
    expect(texts(DEFAULT_GUIDELINES, "Paket kommt nicht.").join(" ")).toMatch(/\bSie\b|\bIhnen\b/);
  });

  it("signs with the company's sign-off and initials, or a neutral one that fits the reply", () => {
    const own = { ...DEFAULT_GUIDELINES, signOff: "Viele Grüße aus Köln", initials: "/mk" };
    for (const text of texts(own)) expect(text.endsWith("\nViele Grüße aus Köln /mk")).toBe(true);
    const sieSignOff = { ...DEFAULT_GUIDELINES, signOff: "Viele Grüße, Ihr Acme-Team" };
    const duReplies = texts(sieSignOff, "Kannst du mir helfen? Mein Paket fehlt.");
    for (const text of duReplies) expect(text.endsWith("\nLiebe Grüße, dein Team")).toBe(true);
    const english = texts(sieSignOff, "Where is my parcel?", assessmentOf("en", "disappointed-customer", "critical"));
    for (const text of english) expect(text.endsWith("\nBest regards, the team")).toBe(true);
  });

  it("greets only as required and names the commenter where known", () => {
    const bare = { ...DEFAULT_GUIDELINES, required: { greeting: false, thanks: false, name: false } };
    for (const text of texts(bare, complaint, disappointed, "")) expect(text).not.toMatch(/^(Hallo|Guten Tag|Hi)/);
    for (const text of texts(bare, complaint, disappointed, "Jonas Weber"))
      expect(text).toMatch(/^(Hallo|Guten Tag) Jonas Weber,/);
    for (const text of texts(DEFAULT_GUIDELINES, complaint, disappointed, ""))
      expect(text).toMatch(/^(Hallo|Guten Tag),/);
  });

  it("cleans display names and leaves out ones that are no name", () => {
    expect(texts(DEFAULT_GUIDELINES, complaint, disappointed, "🌻 Mia Roth (sie/ihr) | Foodbloggerin")[0]).toMatch(
      /^\w+ \w* ?Mia Roth,/,
    );
    expect(texts(DEFAULT_GUIDELINES, complaint, disappointed, "MIA ROTH")[0]).toMatch(/Mia Roth,/);
    expect(texts(DEFAULT_GUIDELINES, complaint, disappointed, "xX_gamer_2000_Xx")[0]).toMatch(/^(Hallo|Guten Tag),/);
  });

  it("keeps to the emoji policy", () => {
    const fan = assessmentOf("de", "fan", "positive");
    const emoji = /\p{Extended_Pictographic}/u;
    const none = texts({ ...DEFAULT_GUIDELINES, emoji: "none" }, "Super Service, danke!", fan);
    for (const text of none) expect(text).not.toMatch(emoji);
    const some = texts(DEFAULT_GUIDELINES, "Super Service, danke!", fan);
    for (const text of some) expect(text.match(new RegExp(emoji, "gu"))?.length ?? 0).toBeLessThanOrEqual(1);
    for (const text of texts(DEFAULT_GUIDELINES)) expect(text).not.toMatch(emoji);
  });

  it("promises a deadline only where the guidelines allow one", () => {
    const question = assessmentOf("de", "general", "question");
    const holding = (g: Guidelines) =>
      composeReplies(commentOf("Wann öffnet ihr?"), question, g, options).find((s) => s.strategy === "holding-reply");
    expect(holding(DEFAULT_GUIDELINES)).toMatchObject({ followUpBy: "2025-06-03T10:00:00.000Z" });
    expect(holding(DEFAULT_GUIDELINES)?.text).toMatch(/bis Dienstag, 3\. Juni, 12:00 Uhr/);
    const later = holding({ ...DEFAULT_GUIDELINES, holdingDeadlineHours: 48 });
    expect(later?.text).toMatch(/bis Mittwoch, 4\. Juni, 12:00 Uhr/);
    const vague = holding({ ...DEFAULT_GUIDELINES, promises: { ...DEFAULT_GUIDELINES.promises, deadlines: false } });
    expect(vague?.text).toMatch(/so bald wie möglich/);
    expect(vague?.followUpBy).toBeUndefined();
  });

  it("avoids the phrases the guidelines avoid, choosing other wordings", () => {
    const avoid = { ...DEFAULT_GUIDELINES, avoidPhrases: ["tut uns leid", "Feedback", "Rückmeldung"] };
    const replies = texts(avoid);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    for (const text of replies) expect(text).not.toMatch(/tut uns leid|Feedback|Rückmeldung/i);
  });

  it("uses the company's preferred phrases where they fit", () => {
    const preferred = {
      ...DEFAULT_GUIDELINES,
      preferredPhrases: [
        "Wir geben das gern an unser Team weiter.",
        "Danke für Ihre Frage!",
        "Thanks a million for your feedback.",
      ],
    };
    const replies = composeReplies(commentOf(complaint), disappointed, preferred, options);
    const serious = replies.find((s) => s.strategy === "take-seriously");
    expect(serious?.text).toContain("Wir geben das gern an unser Team weiter.");
    // A complaint is not a question, and English phrases never enter a German reply.
    expect(replies.map((s) => s.text).join(" ")).not.toMatch(/Danke für Ihre Frage|Thanks a million/);
    const asked = assessmentOf("de", "general", "question");
    const holding = composeReplies(commentOf("Wann öffnet die Filiale in Köln?"), asked, preferred, options);
    expect(holding.find((s) => s.strategy === "holding-reply")?.text).toMatch(/danke für Ihre Frage!/i);
  });

  it("answers a comment in an unknown language in the fallback language", () => {
    const und = assessmentOf("und", "general", "neutral");
    const reply = (g: Guidelines, ui?: "de" | "en") =>
      composeReplies(commentOf("👍👍"), und, g, { ...options, uiLanguage: ui })[0]?.language;
    expect(reply(DEFAULT_GUIDELINES, "de")).toBe("de");
    expect(reply(DEFAULT_GUIDELINES, "en")).toBe("en");
    expect(reply(DEFAULT_GUIDELINES)).toBe("en");
    expect(reply({ ...DEFAULT_GUIDELINES, fallbackLanguage: "de" }, "en")).toBe("de");
  });

  it("adds the saved replies for the language and role, with the name filled in", () => {
    const saved = {
      ...DEFAULT_GUIDELINES,
      savedReplies: [
        {
          id: "a",
          title: "Lieferung",
          text: "Hallo {name}, danke für Ihre Geduld. Wir prüfen Ihre Lieferung.",
          language: "de" as const,
        },
        { id: "b", title: "Delivery", text: "Hi {name}, thanks for your patience.", language: "en" as const },
        {
          id: "c",
          title: "Fans",
          text: "Hallo {name}, danke für das Lob!",
          language: "any" as const,
          roles: ["fan" as const],
        },
        { id: "d", title: "Laut", text: "Hallo {name}, LESEN SIE DIE FAQ!!!", language: "de" as const },
      ],
    };
    const replies = composeReplies(commentOf(complaint), disappointed, saved, options);
    const own = replies.filter((s) => s.source === "saved");
    expect(own.map((s) => [s.savedReplyId, s.strategy, s.text])).toEqual([
      ["a", "saved-reply", "Hallo Anna Schmidt, danke für Ihre Geduld. Wir prüfen Ihre Lieferung."],
    ]);
    const nameless = composeReplies(commentOf(complaint, { name: undefined }), disappointed, saved, options);
    expect(nameless.find((s) => s.savedReplyId === "a")?.text).toMatch(/^Hallo, danke/);
  });

  it("leaves out a strategy whose every wording breaks the guidelines, and keeps the rest", () => {
    const strict = { ...DEFAULT_GUIDELINES, avoidPhrases: ["Team"] };
    const replies = composeReplies(commentOf(complaint), disappointed, strict, options);
    for (const s of replies) expect(s.check.ok).toBe(true);
    // Every disappointed-customer reply promises to pass the feedback on to the team: all are left out.
    expect(replies.filter((s) => s.source === "generated")).toEqual([]);
  });
});

describe("on X", () => {
  it("fits 280 characters by dropping whole sentences, never the sign-off or a word", () => {
    const signed = {
      ...DEFAULT_GUIDELINES,
      signOff: "Viele Grüße, Ihr Team der Beispiel GmbH",
      escalation: { email: "kundenservice-beispiel@beispiel-gmbh.de", phone: "", url: "" },
    };
    const long =
      "Seit drei Wochen warte ich auf meine Bestellung 40-11873 (Wallbox, 899,00 €, bezahlt am 14.2.), Fehler E212 im Portal, niemand antwortet!";
    const replies = composeReplies(
      commentOf(long, { site: "x", name: "Maximiliane Musterfrau-Beispielhausen" }),
      disappointed,
      signed,
      options,
    ).filter((s) => s.insertable);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.check.length).toBeLessThanOrEqual(280);
      expect(reply.text.endsWith("Viele Grüße, Ihr Team der Beispiel GmbH")).toBe(true);
      const body = reply.text.split("\n")[0] ?? "";
      expect(body).toMatch(/[.!?)]$/);
    }
  });
});
