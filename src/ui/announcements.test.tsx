// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import type { Suggestion } from "../shared/replies";

import { commentSaying, hostPerTest, succeedingActions } from "./card-fixture";

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));

const { CommentCard } = await import("./comment-card");
const { GuardDialog } = await import("./guard-dialog");

const comment = commentSaying("Where is my order?");
const text = "Hello Jana, we are looking into it.";
const suggestion: Suggestion = {
  strategy: "serious-answer",
  text,
  insertable: true,
  source: "generated",
  language: "en",
  placeholders: [],
  check: { ok: true, calm: true, language: "en", length: text.length, findings: [] },
} as Suggestion;
const actions = succeedingActions();

const host = hostPerTest();

/** Every text a live region took on while `during` ran: what a screen reader would have announced. */
async function announced(region: Element, during: () => Promise<void> | void): Promise<string[]> {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const now = region.textContent ?? "";
    if (now && heard.at(-1) !== now) heard.push(now);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  await during();
  await Promise.resolve();
  observer.disconnect();
  return heard;
}

describe("the comment card's live region", () => {
  it("says 'Preparing suggestions…' and then, in the same element, that they arrived", async () => {
    const card = (suggestions: Suggestion[] | "loading") => (
      <CommentCard comment={comment} assessment={undefined} suggestions={suggestions} actions={actions} showText />
    );
    await act(() => render(card("loading"), host()));
    const region = host().querySelector('[role="status"]');
    expect(region?.textContent).toBe("Preparing suggestions…");
    const heard = await announced(region as Element, () => act(() => render(card([suggestion]), host())));
    expect(host().querySelector('[role="status"]')).toBe(region);
    expect(heard).toEqual(["Reply suggestions ready: 1."]);
    expect(host().querySelector(".suggestion-text")?.textContent).toBe(text);
  });

  it("stays quiet where the popup announces the whole list instead", async () => {
    await act(() =>
      render(
        <CommentCard
          comment={comment}
          assessment={undefined}
          suggestions="loading"
          actions={actions}
          showText
          announce={false}
        />,
        host(),
      ),
    );
    expect(host().querySelector('[role="status"]')).toBeNull();
    expect(host().textContent).toContain("Preparing suggestions…");
  });
});

describe("the guard's announcements", () => {
  it("says the cool-down once with the dialog and announces the unlocking once, not every second", async () => {
    vi.useFakeTimers();
    await act(() =>
      render(
        <GuardDialog
          decision={{ kind: "hold", nature: "criticism", cooldownSeconds: 3, reasons: [] }}
          action="delete"
          assessed
          suggestions={[]}
          actions={actions}
          onRelease={() => {}}
          onClose={() => {}}
        />,
        host(),
      ),
    );
    const dialog = host().querySelector('[role="alertdialog"]') as Element;
    const described = (dialog.getAttribute("aria-describedby") ?? "").split(" ");
    const description = described.map((id) => host().querySelector(`#${id}`)?.textContent).join(" ");
    expect(description).toContain("“Delete anyway” becomes available in 3 seconds.");
    const region = host().querySelector('[role="status"]') as Element;
    expect(region.textContent).toBe("");
    const heard = await announced(region, () =>
      act(() => {
        vi.advanceTimersByTime(10_000);
      }),
    );
    expect(heard).toEqual(["“Delete anyway” is available now."]);
  });

  it("has nothing to count down or announce when it only asks", async () => {
    await act(() =>
      render(
        <GuardDialog
          decision={{ kind: "ask", words: ["ass"], reasons: [] }}
          action="hide"
          assessed
          suggestions={[]}
          actions={actions}
          onRelease={() => {}}
          onClose={() => {}}
        />,
        host(),
      ),
    );
    expect(host().querySelector('[role="alertdialog"]')?.getAttribute("aria-describedby")).toBe("guard-why");
    expect(host().querySelector('[role="status"]')?.textContent).toBe("");
  });
});
