// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { Assessment } from "../shared/assessment";

import { commentSaying, hostPerTest, succeedingActions } from "./card-fixture";

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));

const { CommentCard } = await import("./comment-card");
const { GuardDialog } = await import("./guard-dialog");

const comment = commentSaying('<img src=x onerror="alert(1)"> Your service is a disaster');
const assessment: Assessment = {
  language: "en",
  tone: "critical",
  scores: { toxicity: 0.2, anger: 0.6 },
  offensive: false,
  violations: [],
  verdict: "keep",
  reasons: [],
  role: "disappointed-customer",
  roleConfidence: 0.8,
  roleReasons: [],
  priority: 0.8,
  replyNeeded: true,
  replyReasons: [],
  intent: { sarcasm: false, addressedTo: "company", offTopic: false },
};
const actions = succeedingActions();

const host = hostPerTest();

describe("CommentCard", () => {
  it("renders comment text as text, never as HTML", () => {
    render(
      <CommentCard comment={comment} assessment={assessment} suggestions={[]} actions={actions} showText />,
      host(),
    );
    expect(host().querySelector("img")).toBeNull();
    expect(host().querySelector(".comment-text")?.textContent).toBe(comment.text);
  });

  it("warns not to delete criticism in anger", () => {
    render(
      <CommentCard comment={comment} assessment={assessment} suggestions={[]} actions={actions} showText />,
      host(),
    );
    expect(host().textContent).toContain("Don't delete in anger");
    expect(host().textContent).toContain("This is a complaint, not a violation.");
  });

  it("names a violation and calls its removal justified", () => {
    const insult: Assessment = {
      ...assessment,
      tone: "angry",
      verdict: "may-delete",
      violations: [{ kind: "insult", evidence: ["idiots"] }],
    };
    render(<CommentCard comment={comment} assessment={insult} suggestions={[]} actions={actions} showText />, host());
    expect(host().textContent).toContain("Violation: insult");
    expect(host().textContent).not.toContain("Don't delete in anger");
  });
});

describe("CommentCard with a review", () => {
  const review: Assessment = {
    ...assessment,
    tone: "angry",
    verdict: "review",
    role: "general",
    violations: [{ kind: "profanity", evidence: ["ass"] }],
    reasons: [{ code: "review-model", words: ["ass", "<b>shove</b>"] }, { code: "criticism-not-violation" }],
    roleReasons: [{ code: "role-critic" }],
  };

  it("shows the review chip and notice, with the words, as text", () => {
    render(<CommentCard comment={comment} assessment={review} suggestions={[]} actions={actions} showText />, host());
    expect(host().querySelector('.chip[data-verdict="review"]')?.textContent).toBe("Check netiquette");
    const notice = host().querySelector(".advice-review");
    expect(notice?.getAttribute("role")).toBe("note");
    expect(notice?.querySelector("strong")?.textContent).toBe("Looks abusive: check it against your netiquette");
    expect(notice?.textContent).toContain("Words that stand out: „ass“, „<b>shove</b>“.");
    expect(notice?.textContent).toContain("check it against your own netiquette");
    expect(notice?.textContent).toContain("hiding is the milder option");
    expect(notice?.textContent).toContain("answer calmly");
    expect(host().querySelector("b")).toBeNull();
  });

  it("leaves out the words when the analysis named none", () => {
    const bare: Assessment = { ...review, reasons: [{ code: "review-model", words: [] }] };
    render(<CommentCard comment={comment} assessment={bare} suggestions={[]} actions={actions} showText />, host());
    expect(host().querySelector(".advice-review p")?.textContent).toMatch(/^No rule names a violation, so check/);
  });

  it("neither warns against deleting in anger, nor calls removal justified, nor says it twice", () => {
    render(<CommentCard comment={comment} assessment={review} suggestions={[]} actions={actions} showText />, host());
    expect(host().querySelector(".comment-why")?.textContent).toBe("Criticises, but not about a case of their own.");
    expect(host().textContent).not.toContain("Don't delete in anger");
    expect(host().textContent).not.toContain("Violation");
    expect(host().querySelector(".advice-keep, .advice-violation")).toBeNull();
  });
});

describe("SuggestionItem", () => {
  it("marks the part an answer frame leaves to the user", async () => {
    const { SuggestionItem } = await import("./suggestion-item");
    const text = "Hello Sofia, thanks. [add your answer] Best regards";
    const start = text.indexOf("[");
    const suggestion = {
      strategy: "serious-answer",
      text,
      insertable: true,
      source: "generated",
      language: "en",
      placeholders: [{ start, end: start + "[add your answer]".length }],
      check: { ok: true, calm: true, language: "en", length: text.length, findings: [] },
    } as const;
    // act() runs the effects now, so no effect is left waiting for a frame when the next test fakes the clock.
    await act(() => {
      render(
        <SuggestionItem
          suggestion={{
            ...suggestion,
            placeholders: [...suggestion.placeholders],
            check: { ...suggestion.check, findings: [] },
          }}
          actions={actions}
        />,
        host(),
      );
    });
    expect(host().querySelector(".suggestion-text mark")?.textContent).toBe("[add your answer]");
    expect(host().querySelector(".suggestion-text")?.textContent).toBe(text);
    expect(host().textContent).toContain("Fill in the marked part before posting.");
  });
});

describe("GuardDialog", () => {
  it("unlocks Delete anyway only after the cool-down, and Escape keeps the comment", async () => {
    vi.useFakeTimers();
    const onRelease = vi.fn();
    const onClose = vi.fn();
    render(
      <GuardDialog
        decision={{ kind: "hold", nature: "criticism", cooldownSeconds: 3, reasons: [] }}
        action="delete"
        assessed
        suggestions={[]}
        actions={actions}
        onRelease={onRelease}
        onClose={onClose}
      />,
      host(),
    );
    const release = host().querySelector<HTMLButtonElement>("[data-gelassen-release]");
    expect(release?.disabled).toBe(true);
    expect(release?.textContent).toBe("Delete anyway (3 s)");
    await act(() => {
      vi.advanceTimersByTime(3100);
    });
    expect(release?.disabled).toBe(false);
    release?.click();
    expect(onRelease).toHaveBeenCalledOnce();
    host()
      .querySelector(".guard")
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("asks once about what only looks abusive: the words, no cool-down, and a button named for the action", () => {
    const onRelease = vi.fn();
    const onClose = vi.fn();
    render(
      <GuardDialog
        decision={{ kind: "ask", words: ["ass", "<i>shove</i>"], reasons: [] }}
        action="hide"
        assessed
        suggestions={[]}
        actions={actions}
        onRelease={onRelease}
        onClose={onClose}
      />,
      host(),
    );
    expect(host().querySelector(".guard-title")?.textContent).toBe(
      "Looks abusive: „ass“, „<i>shove</i>“. Does it break your netiquette?",
    );
    expect(host().querySelector("i")).toBeNull();
    expect(host().querySelector(".guard-why")?.textContent).toContain("hiding is the milder option");
    const go = host().querySelector<HTMLButtonElement>("[data-gelassen-release]");
    expect(go?.disabled).toBe(false);
    expect(go?.textContent).toBe("Hide it");
    go?.click();
    expect(onRelease).toHaveBeenCalledOnce();
    host().querySelector<HTMLButtonElement>(".button.primary")?.click();
    expect(onClose).toHaveBeenCalledOnce();
  });
  it("asks without words when the analysis named none", () => {
    render(
      <GuardDialog
        decision={{ kind: "ask", words: [], reasons: [] }}
        action="delete"
        assessed
        suggestions={[]}
        actions={actions}
        onRelease={vi.fn()}
        onClose={vi.fn()}
      />,
      host(),
    );
    expect(host().querySelector(".guard-title")?.textContent).toBe("Looks abusive. Does it break your netiquette?");
  });
});
