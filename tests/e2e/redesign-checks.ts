// Issue 11 in the browser: every fixture page served as after a redesign (class names hashed, or class attributes
// gone; tests/fixtures/scramble.mjs) at the real addresses. Gelassen must still mark and read every comment, say
// in its health how it found them, put a draft into the site's own editor and guard delete/hide.
import type { Page } from "@playwright/test";
import type { SCRAMBLES } from "../fixtures/scramble.mjs";
import { expectEveryCommentRead, expected, expectMarked, FRONTS, type Front, SITE_OF, urlOf } from "./comments";
import { askPage, expect, openPopup, screenshot, type testIn } from "./extension";
import { comment, commentByText, openAssessed, pick, REMOVAL } from "./guard-checks";
import { deletionLog, setGuidelines } from "./monitor-helpers";

type Test = ReturnType<typeof testIn>;
type Scramble = (typeof SCRAMBLES)[number];

/** A class each page carries as rendered: gone (or hashed) once the page is redesigned. */
const RENDERED_CLASS: Record<Front, string> = {
  facebook: "x1n2onr6",
  x: "css-175oi2r",
  linkedin: "comments-comment-entity",
  "linkedin-feed": "_7f2d",
};

/** LinkedIn's post pages hang on class names; the other fronts' fast path is already the site's own hooks. */
const PATH: Record<Front, string> = {
  facebook: "selectors",
  x: "selectors",
  linkedin: "structure",
  "linkedin-feed": "selectors",
};

const DRAFT = "Danke für Ihre Geduld.\n\nWir melden uns heute noch.";

/** The reply editor the site opened and its submit control, found without a single class name. */
function editorOf(page: Page, front: Front) {
  if (front === "x") {
    const dialog = page.getByRole("dialog");
    return { editor: dialog.locator('[data-testid="tweetTextarea_0"]'), submit: dialog.getByTestId("tweetButton") };
  }
  if (front === "linkedin-feed") {
    const box = page.locator('[data-view-name="comment-box"]').first();
    return { editor: box.locator('[contenteditable="true"]'), submit: box.locator("button[data-view-name]") };
  }
  const form = page.locator('form:has([contenteditable="true"][role="textbox"])').first();
  const submit = front === "facebook" ? form.locator('[role="button"]').last() : form.locator("button[type=submit]");
  return { editor: form.locator('[contenteditable="true"]'), submit };
}

const submitEnabled = async (front: Front, submit: ReturnType<typeof editorOf>["submit"]) =>
  front === "facebook" || front === "x"
    ? (await submit.getAttribute("aria-disabled")) === "false"
    : await submit.isEnabled();

export function defineRedesignTests(test: Test, language: "en" | "de", scramble: Scramble): void {
  for (const front of FRONTS) {
    const name = `${front} in ${language}, class names ${scramble.mode}`;

    test(`${name}: marks and reads every comment, and says how it found them`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      await page.goto(urlOf(front, language));
      await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", SITE_OF[front]);
      // The page really is redesigned: not one of its rendered class names is left.
      await expect(page.locator(`.${RENDERED_CLASS[front]}`)).toHaveCount(0);
      await expectEveryCommentRead(gelassen, page, front);
      const status = (await askPage(gelassen, page, "page/status", {})) as { value: { foundBy: string[] } };
      expect(status.value.foundBy).toEqual([PATH[front]]);
      if (front === "linkedin") {
        const popup = await openPopup(gelassen, page);
        await expect(popup.locator("[data-path]")).toHaveText(language === "de" ? /Struktur/ : /structure/);
        await popup.close();
      }
      await screenshot(page, `redesign-${front}-${language}-${scramble.mode}`, { fullPage: false });
    });

    test(`${name}: puts a draft into the site's own reply editor`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      await page.goto(urlOf(front, language));
      const key = expected(front, "initial")[0]?.key ?? "";
      await expectMarked(page, [key]);
      const answer = await askPage(gelassen, page, "draft/insert", { commentKey: key, text: DRAFT });
      expect(answer).toEqual({ ok: true, value: { ok: true } });
      const { editor, submit } = editorOf(page, front);
      for (const line of DRAFT.split("\n").filter(Boolean)) await expect(editor).toContainText(line);
      expect(await submitEnabled(front, submit)).toBe(true);
    });

    const { action, confirms } = REMOVAL[front];
    test(`${name}: lets the ${action} of an insult through and holds that of criticism`, async ({ gelassen }) => {
      await setGuidelines(gelassen, { guard: { enabled: true, cooldownSeconds: 2 } });
      const page = await gelassen.context.newPage();
      const insult = commentByText(front, "You are a bunch of clueless idiots");
      const criticism = commentByText(front, "Seit drei Wochen warte ich");
      await openAssessed(page, front, language, [insult, criticism]);

      await pick(page, insult, action);
      await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);
      if (confirms) await page.locator('[data-fixture="confirm"]').click();
      await expect(page.locator(`[data-gelassen-id="${insult}"]:visible`)).toHaveCount(0);
      await expect
        .poll(async () => (await deletionLog(gelassen)).find((entry) => entry.commentKey === insult))
        .toMatchObject({ verdict: "may-delete", action });

      // X draws only the rows near the viewport; the criticism is near the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(comment(page, criticism)).toHaveAttribute("data-gelassen-verdict", "keep");
      await pick(page, criticism, action);
      await expect(page.locator("[data-gelassen-guard]").getByRole("alertdialog")).toBeVisible();
      await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
      // Unstyled ("bare"), X's menu opens at the end of the page and scrolling to it recycles the row: come back.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(comment(page, criticism)).toBeVisible();
    });
  }
}
