// Draft insertion against the real editor frameworks in the fixture pages (Lexical with Facebook's mention,
// Draft.js, Quill 2, TipTap 3), once per interface language: the site's submit control becomes enabled, the text
// arrives with its paragraphs, Facebook's @mention stays, and Gelassen never posts.
import type { Page } from "@playwright/test";
import { person } from "../fixtures/shared/people.mjs";
import { expected, expectMarked, FRONTS, type Front, SITE_OF, urlOf } from "./comments";
import { askPage, expect, screenshot, setSiteEnabled, type testIn } from "./extension";

const DRAFT = {
  en: "Hello Jana,\n\nthank you for your patience.\nWe will get back to you today.",
  de: "Hallo Frau Berger,\n\nvielen Dank für Ihre Geduld.\nWir melden uns heute noch bei Ihnen.",
};

/** The editor the site opened for the comment, and its submit control. */
export function editorOf(page: Page, front: Front) {
  if (front === "facebook") {
    const form = page.locator('form:has([data-lexical-editor="true"])').first();
    return { editor: form.locator('[contenteditable="true"]'), submit: form.locator('[role="button"]').last() };
  }
  if (front === "x") {
    const dialog = page.getByRole("dialog");
    return {
      editor: dialog.locator('[data-testid="tweetTextarea_0"]'),
      submit: dialog.locator('[data-testid="tweetButton"]'),
    };
  }
  if (front === "linkedin") {
    const form = page.locator("form.comments-comment-box__form").first();
    return { editor: form.locator(".ql-editor"), submit: form.locator("button[type=submit]") };
  }
  const box = page.locator('[data-view-name="comment-box"]').first();
  return { editor: box.locator(".ProseMirror"), submit: box.locator('button[data-view-name="comment-reply-post"]') };
}

export const isEnabled = (front: Front) => async (submit: ReturnType<typeof editorOf>["submit"]) =>
  front === "facebook" || front === "x"
    ? (await submit.getAttribute("aria-disabled")) === "false"
    : await submit.isEnabled();

/** The editor's lines as the user sees them, blank lines kept. */
const lines = (page: Page, front: Front) =>
  editorOf(page, front).editor.evaluate((editor) =>
    [...editor.querySelectorAll(":scope > p, :scope > div > div[data-block], :scope [data-contents] > div")].map(
      (block) => (block.textContent ?? "").trim(),
    ),
  );

export function defineInsertTests(test: ReturnType<typeof testIn>, language: "en" | "de"): void {
  for (const front of FRONTS) {
    test(`${front} in ${language}: puts a draft into the site's own reply editor`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      await page.goto(urlOf(front, language));
      const [first] = expected(front, "initial");
      const key = first?.key ?? "";
      await expectMarked(page, [key]);
      const { submit } = editorOf(page, front);

      const answer = await askPage(gelassen, page, "draft/insert", { commentKey: key, text: DRAFT[language] });
      expect(answer).toEqual({ ok: true, value: { ok: true } });

      expect(await isEnabled(front)(submit)).toBe(true);
      const got = (await lines(page, front)).filter((line, index, all) => line || all[index - 1]);
      const want = DRAFT[language].split("\n");
      if (front === "facebook") {
        // Facebook's own @mention of the commenter stays in front of the draft.
        const mention = person("jana").name;
        expect(got[0]).toBe(`${mention} ${want[0]}`);
        expect(got.slice(1)).toEqual(want.slice(1));
        await expect(editorOf(page, front).editor.locator(".x1mention")).toHaveText(mention);
      } else expect(got).toEqual(want);
      await screenshot(page, `draft-${front}-${language}`, { fullPage: false });
    });
  }

  test(`facebook in ${language}: a reply's draft goes into its thread, after the mention of the reply's author`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    await page.goto(urlOf("facebook", language));
    const reply = expected("facebook", "initial").find((comment) => comment.isReply && !comment.byPageOwner);
    await expectMarked(page, [reply?.key ?? ""]);
    const answer = await askPage(gelassen, page, "draft/insert", { commentKey: reply?.key, text: "Danke, Tom!" });
    expect(answer).toEqual({ ok: true, value: { ok: true } });
    await expect(editorOf(page, "facebook").editor).toHaveText(`${reply?.name} Danke, Tom!`);
  });

  test(`${language}: says why when it cannot insert`, async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto(urlOf("linkedin", language));
    const [first] = expected("linkedin", "initial");
    await expectMarked(page, [first?.key ?? ""]);
    const missing = await askPage(gelassen, page, "draft/insert", {
      commentKey: "linkedin:urn:li:comment:(activity:1,2)",
      text: "Hallo",
    });
    expect(missing).toMatchObject({ ok: true, value: { ok: false, reason: "not-found" } });
    await setSiteEnabled(gelassen, SITE_OF.linkedin, false);
    await expect(page.locator("html[data-gelassen-active]")).toHaveCount(0);
    const off = await askPage(gelassen, page, "draft/insert", { commentKey: first?.key, text: "Hallo" });
    expect(off).toMatchObject({ ok: true, value: { ok: false, reason: "inactive" } });
  });
}
