// Gelassen in Firefox, end to end, in one interface language: on every fixture front the comments are marked and
// assessed, the popup's Insert and the marker's panel put a suggestion into the site's own editor, the guard holds
// the removal of criticism and lets an insult go, and the options page opens. One browser for the whole suite.
import type { Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TONES } from "../../src/shared/assessment";
import { commentByText, expected, FRONTS, type Front, REMOVAL, urlOf } from "../e2e/expected-comments";
import { readFocus } from "../e2e/focus-reading";
import { person } from "../fixtures/shared/people.mjs";
import type { FirefoxSession } from "./firefox-session";
import { startFirefox } from "./firefox-session";
import {
  assessment,
  buttonIn,
  commentShown,
  editorLines,
  editorState,
  guardDialog,
  guardNote,
  markerButton,
  panelSuggestion,
  unmarked,
} from "./in-page";
import { wordsOf } from "./words";

type Language = "en" | "de";

/** Jana Berger's angry complaint about her refund (criticism to keep), and a plain insult (may be removed). */
const JANA = "Seit drei Wochen warte ich";
const INSULT = "You are a bunch of clueless idiots";

/** A draft of three paragraphs, one of them two lines, to see that the editor keeps them apart. */
const DRAFT = {
  en: "Hello Jana,\n\nthank you for your patience.\nWe will get back to you today.",
  de: "Hallo Frau Berger,\n\nvielen Dank für Ihre Geduld.\nWir melden uns heute noch bei Ihnen.",
};

const poll = <T>(read: () => Promise<T>, timeout = 10_000) => expect.poll(read, { timeout, interval: 100 });

export function defineFirefoxSuite(language: Language): void {
  const say = wordsOf(language);
  let firefox: FirefoxSession;

  async function openMarked(front: Front, keys: string[]): Promise<Page> {
    const page = await firefox.sitePage(urlOf(front, language));
    await poll(() => unmarked(page, keys)).toEqual([]);
    return page;
  }

  /** Opens the site's own "⋯" menu of a comment and picks an item, with real clicks. */
  async function pick(page: Page, key: string, action: string): Promise<void> {
    const comment = `[data-gelassen-id="${key}"]`;
    await (await page.waitForSelector(`${comment} [data-fixture="menu"], ${comment} [data-testid="caret"]`))?.click();
    await (await page.waitForSelector(`[data-fixture-action="${action}"]`))?.click();
  }

  describe(`Firefox in ${language}`, () => {
    beforeAll(async () => {
      firefox = await startFirefox(language);
    });
    afterAll(() => firefox?.close());
    afterEach(async () => {
      if (!firefox) return; // The launch failed, and said why.
      const complaints = [...firefox.complaints];
      await firefox.reset();
      expect(complaints, "what Gelassen logged as errors or warnings").toEqual([]);
    });

    it("runs the extension in the interface language", async () => {
      const ui = await firefox.extension.evaluate(() => chrome.i18n.getUILanguage());
      // Without the language pack (firefox-esr-l10n-de) Firefox stays English whatever the pref says.
      expect(ui, "Firefox's interface language: is its German language pack installed?").toMatch(
        new RegExp(`^${language}`),
      );
    });

    for (const front of FRONTS) {
      const { action, confirms } = REMOVAL[front];

      it(`${front}: marks the comments and assesses every one`, async () => {
        const keys = expected(front, "initial").map((comment) => comment.key);
        // X draws only the rows near the screen.
        const page = await openMarked(front, front === "x" ? keys.slice(0, 3) : keys);
        await poll(async () => (await assessment(page)).waiting).toBe(0);
        const { tones, label } = await assessment(page);
        expect(tones.length).toBeGreaterThanOrEqual(front === "x" ? 3 : keys.length);
        expect(tones.filter((tone) => !(TONES as readonly (string | null)[]).includes(tone))).toEqual([]);
        expect(label).toMatch(new RegExp(`^Gelassen: .*(${say("verdict_keep")}|${say("verdict_may_delete")})`));
      });

      it(`${front}: the popup's Insert puts a suggestion into the site's reply box`, async () => {
        const key = commentByText(front, JANA);
        const page = await openMarked(front, [key]);
        const popup = await firefox.popupFor(page);
        // The first suggestion on Jana's card.
        const first = `[data-comment-key="${key}"] .suggestion`;
        await popup.waitForSelector(`${first} .suggestion-text:not(:empty)`);
        const suggestion = await popup.$eval(`${first} .suggestion-text`, (text) => text.textContent ?? "");
        await (await buttonIn(popup, first, say("actionInsert"))).click();
        await poll(() => popup.$eval(`${first} [role="status"]`, (status) => status.textContent ?? "")).toContain(
          say("inserted").split(".")[0],
        );
        const firstLine = (suggestion.split("\n")[0] ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
        await poll(() => editorState(page, front)).toMatchObject({ enabled: true });
        expect((await editorState(page, front)).text).toContain(firstLine);
      });

      it(`${front}: a marker opens the panel, whose Insert puts a suggestion into the reply box`, async () => {
        const key = commentByText(front, JANA);
        const page = await openMarked(front, [key]);
        await (await markerButton(page, key)).click();
        const panel = '[data-gelassen-ui="panel"]';
        await poll(() => panelSuggestion(page)).toMatch(/\S/);
        const firstLine = ((await panelSuggestion(page)).split("\n")[0] ?? "").replace(/\s+/g, " ").trim();
        await (await buttonIn(page, panel, say("actionInsert"))).click();
        // Done: the panel closes and leaves the user in the site's reply box with the draft.
        await poll(() => page.$(panel)).toBeNull();
        await poll(async () => (await editorState(page, front)).text).toContain(firstLine.slice(0, 40));
        expect((await editorState(page, front)).enabled).toBe(true);
      });

      it(`${front}: a draft arrives in the site's editor line by line`, async () => {
        const key = commentByText(front, JANA);
        const page = await openMarked(front, [key]);
        const answer = await firefox.askPage(page, "draft/insert", { commentKey: key, text: DRAFT[language] });
        expect(answer).toEqual({ ok: true, value: { ok: true } });
        const got = (await editorLines(page, front)).filter((line, index, all) => line || all[index - 1]);
        const want = DRAFT[language].split("\n");
        // Facebook's own @mention of the commenter stays in front of the draft.
        if (front === "facebook") want[0] = `${person("jana").name} ${want[0]}`;
        expect(got).toEqual(want);
      });

      it(`${front}: holds the ${action} of criticism until the cool-down, then lets it go`, async () => {
        await firefox.extension.evaluate(() =>
          chrome.storage.local.set({ guidelines: { guard: { enabled: true, cooldownSeconds: 2 } } }),
        );
        const jana = commentByText(front, JANA);
        const page = await openMarked(front, [jana]);
        await poll(() =>
          page.$eval(`[data-gelassen-id="${jana}"]`, (e) => e.getAttribute("data-gelassen-verdict")),
        ).toBe("keep");
        await pick(page, jana, action);
        const deleteAnyway = say("guardDeleteAnyway");
        await poll(() => guardDialog(page, deleteAnyway)).toMatchObject({ canRelease: false });
        await poll(async () => (await guardDialog(page, deleteAnyway))?.suggestions).toBeGreaterThan(0);
        const held = await guardDialog(page, deleteAnyway);
        expect(held?.text).toContain(say("keepWarningBody").split(", ")[1]?.split(".")[0] ?? "");
        expect(await page.$('[data-fixture="confirm"]')).toBeNull();
        await poll(() => guardDialog(page, deleteAnyway), 6000).toMatchObject({ canRelease: true });
        await (await buttonIn(page, "[data-gelassen-guard]", deleteAnyway)).click();
        await poll(() => guardDialog(page, deleteAnyway)).toBeUndefined();
        expect(await commentShown(page, jana)).toBe(true);

        // The second try reaches the site.
        await pick(page, jana, action);
        if (confirms) await (await page.waitForSelector('[data-fixture="confirm"]'))?.click();
        await poll(() => commentShown(page, jana)).toBe(false);
      });

      it(`${front}: lets the ${action} of an insult through with a note`, async () => {
        const insult = commentByText(front, INSULT);
        const page = await openMarked(front, [insult]);
        await poll(() =>
          page.$eval(`[data-gelassen-id="${insult}"]`, (e) => e.getAttribute("data-gelassen-verdict")),
        ).toBe("may-delete");
        await pick(page, insult, action);
        expect(await guardDialog(page, say("guardDeleteAnyway"))).toBeUndefined();
        await poll(() => guardNote(page)).toContain(language === "de" ? "Beleidigung" : "insult");
        if (confirms) await (await page.waitForSelector('[data-fixture="confirm"]'))?.click();
        await poll(() => commentShown(page, insult)).toBe(false);
      });
    }

    it("facebook: for the keyboard the panel sits after its marker, and the guard keeps the focus and gives it back", async () => {
      const focus = (page: Page) => page.evaluate(readFocus);
      const shiftTab = async (page: Page) => {
        await page.keyboard.down("Shift");
        await page.keyboard.press("Tab");
        await page.keyboard.up("Shift");
      };
      const jana = commentByText("facebook", JANA);
      const page = await openMarked("facebook", [jana]);
      await (await markerButton(page, jana)).focus();
      await page.keyboard.press("Enter");
      await poll(() => panelSuggestion(page)).toMatch(/\S/);
      await poll(() => focus(page)).toMatchObject({ ui: "panel", dialog: true });
      await shiftTab(page);
      expect(await focus(page)).toMatchObject({ ui: "marker", comment: jana });
      // Into the panel, through it and out: Firefox too goes on from the marker to the comment's next control.
      for (let step = 0; step < 60 && (await focus(page)).ui !== undefined; step += 1) await page.keyboard.press("Tab");
      expect(await focus(page)).toMatchObject({ ui: undefined, comment: jana });
      expect(await page.$('[data-gelassen-ui="panel"]')).toBeNull();

      await firefox.extension.evaluate(() =>
        chrome.storage.local.set({ guidelines: { guard: { enabled: true, cooldownSeconds: 120 } } }),
      );
      await pick(page, jana, "delete");
      await poll(() => focus(page)).toMatchObject({ ui: "guard", dialog: true });
      for (let step = 0; step < 16; step += 1) {
        if (step < 8) await page.keyboard.press("Tab");
        else await shiftTab(page);
        expect((await focus(page)).ui).toBe("guard");
      }
      await page.keyboard.press("Escape");
      await poll(() => focus(page)).toMatchObject({ ui: undefined, action: "delete" });
      expect(await guardDialog(page, say("guardDeleteAnyway"))).toBeUndefined();
    });

    it("opens the options page", async () => {
      const options = await firefox.openExtensionPage("options.html");
      const headings = () => options.$$eval("h1, h2, h3", (all) => all.map((heading) => heading.textContent?.trim()));
      await poll(headings).toEqual(expect.arrayContaining([say("optGuidelinesTitle"), say("optLogTitle")]));
    });
  });
}
