import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { Assessment } from "../shared/assessment";
import { type MarkerWords, markerView } from "./marker-view";

const language = vi.hoisted(() => ({ current: "en" as "en" | "de" }));
vi.mock("../platform/i18n", () => ({
  t: (key: string, substitutions?: string[]) => messagesFor(language.current)(key, substitutions),
  uiLanguage: () => language.current,
}));

const words: MarkerWords = {
  tone: (tone) => `tone:${tone}`,
  role: (role) => `role:${role}`,
  verdict: (verdict) => `verdict:${verdict}`,
  violation: (kind) => `violation:${kind}`,
  reason: (reason) => `reason:${reason.code}`,
  message: (key, substitutions) => [key, ...(substitutions ?? [])].join("|"),
};

const assessment = (over: Partial<Assessment>): Assessment => ({
  language: "de",
  tone: "angry",
  scores: { toxicity: 0.2, anger: 0.8 },
  offensive: false,
  violations: [],
  verdict: "keep",
  reasons: [{ code: "criticism-not-violation" }],
  role: "disappointed-customer",
  roleConfidence: 0.8,
  roleReasons: [{ code: "role-disappointed" }],
  priority: 0.7,
  replyNeeded: true,
  replyReasons: [],
  intent: { sarcasm: false, addressedTo: "company", offTopic: false },
  ...over,
});

describe("markerView", () => {
  it("says 'not assessed yet' before an assessment, with the worker's reason when it failed", () => {
    expect(markerView(undefined, undefined, words)).toEqual({
      look: "pending",
      text: "marker_pending",
      label: "marker_label|marker_pending",
      tooltip: "marker_assessing",
      description: "marker_assessing",
    });
    expect(markerView(undefined, 'refused: unknown message "comments/assess"', words).tooltip).toBe(
      'marker_pending_reason|refused: unknown message "comments/assess"',
    );
  });

  it("shows tone and role, labels with the verdict, and says why", () => {
    const view = markerView(assessment({}), undefined, words);
    expect(view.look).toBe("angry");
    expect(view.text).toBe("Tone:angry · role:disappointed-customer");
    expect(view.label).toBe("marker_label|tone:angry, role:disappointed-customer, verdict:keep");
    expect(view.tooltip).toBe(
      "tone:angry, role:disappointed-customer, verdict:keep\nmarker_why|reason:criticism-not-violation reason:role-disappointed",
    ); // The description says only why: the summary is the label's, and a screen reader would hear it twice.
    expect(view.description).toBe("marker_why|reason:criticism-not-violation reason:role-disappointed");
    expect(view.description).not.toContain("tone:angry, role:disappointed-customer, verdict:keep");
  });

  it("names the violation when the comment may be removed, and leaves out the general role", () => {
    const view = markerView(
      assessment({
        verdict: "may-delete",
        role: "general",
        violations: [
          { kind: "profanity", evidence: ["Mist"] },
          { kind: "insult", evidence: ["Vollpfosten"] },
        ],
      }),
      undefined,
      words,
    );
    expect(view.look).toBe("violation");
    expect(view.text).toBe("Violation:insult");
  });

  it("gives a review its own look, says on its face to check the netiquette, and names the words in the tooltip (not 'criticism, not a violation')", () => {
    const view = markerView(
      assessment({
        verdict: "review",
        role: "general",
        violations: [{ kind: "profanity", evidence: ["ass"] }],
        reasons: [{ code: "review-model", words: ["ass"] }, { code: "criticism-not-violation" }],
        roleReasons: [{ code: "role-no-signal" }],
      }),
      undefined,
      words,
    );
    expect(view.look).toBe("review");
    expect(view.text).toBe("Verdict_review_short");
    expect(view.label).toBe("marker_label|tone:angry, verdict:review");
    expect(view.tooltip).toBe("tone:angry, verdict:review\nmarker_why|reason:review-model reason:role-no-signal");
  });

  it("keeps the role beside a review", () => {
    const view = markerView(
      assessment({ verdict: "review", reasons: [{ code: "review-model", words: ["dummer"] }] }),
      undefined,
      words,
    );
    expect(view.text).toBe("Verdict_review_short · role:disappointed-customer");
  });

  it.each([
    ["en", "Check netiquette", "Looks abusive: check it against your netiquette", "Looks abusive („ass“)"],
    ["de", "Netiquette prüfen", "Wirkt beleidigend: mit der Netiquette abgleichen", "Wirkt beleidigend („ass“)"],
  ] as const)("in %s, a review marker's words come from _locales", async (lang, text, verdict, why) => {
    language.current = lang;
    const labels = await import("../ui/labels");
    const real: MarkerWords = {
      tone: labels.toneLabel,
      role: labels.roleLabel,
      verdict: labels.verdictLabel,
      violation: labels.violationLabel,
      reason: labels.reasonText,
      message: (key, substitutions) => messagesFor(lang)(key, substitutions),
    };
    const view = markerView(
      assessment({ verdict: "review", role: "general", reasons: [{ code: "review-model", words: ["ass"] }] }),
      undefined,
      real,
    );
    expect(view.text).toBe(text);
    expect(view.label).toContain(verdict);
    expect(view.tooltip).toContain(why);
  });
});
