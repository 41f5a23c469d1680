import { describe, expect, it } from "vitest";
import type { Assessment } from "../shared/assessment";
import { type MarkerWords, markerView } from "./marker-view";

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
    );
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
});
