// The review state in the browser, once per interface language (review-en.spec.ts, review-de.spec.ts): a comment
// that looks abusive but that no rule names gets its own marker, a notice in the popup and the panel, and one
// question from the delete guard, with no cool-down. The comments are the fixtures' `verdict: "review"` ones.
import type { Page } from "@playwright/test";
import type { ExtensionBrowser } from "./browser";
import { expectMarked, type Front, urlOf } from "./comments";
import { expect, openPopup, screenshot, type testIn } from "./extension";
import { comment, commentByText, pick, REMOVAL } from "./guard-checks";
import { deletionLog } from "./monitor-helpers";

type Test = ReturnType<typeof testIn>;

/** What the user reads, per interface language, about the review comment in that language. */
const WORDS = {
  en: {
    comment: "What a pathetic little man",
    short: "Check netiquette",
    verdict: "Looks abusive: check it against your netiquette",
    why: /Why: Looks abusive \(„[^“]+“\), but no rule names it/,
    notice: /Words that stand out: „[^“]+“\. No rule names a violation/,
    title: /^Looks abusive: „[^“]+“\. Does it break your netiquette\?$/,
    keep: "Keep the comment",
    go: { delete: "Delete it", hide: "Hide it", remove: "Remove it" },
    logged: /Looked abusive \(„[^“]+“\); checked against the netiquette/,
  },
  de: {
    comment: "Wie dumm kann man eigentlich sein, Klaus?",
    short: "Netiquette prüfen",
    verdict: "Wirkt beleidigend: mit der Netiquette abgleichen",
    why: /Warum: Wirkt beleidigend \(„[^“]+“\), aber keine Regel benennt es/,
    notice: /Auffällige Wörter: „[^“]+“\. Keine Regel benennt einen Verstoß/,
    title: /^Wirkt beleidigend: „[^“]+“\. Verstößt das gegen Ihre Netiquette\?$/,
    keep: "Kommentar behalten",
    go: { delete: "Löschen", hide: "Ausblenden", remove: "Entfernen" },
    logged: /Wirkte beleidigend \(„[^“]+“\); mit der Netiquette abgeglichen/,
  },
} as const;

/** The other advice boxes, which a review must not show. */
const NOT_REVIEW = /Don't delete in anger|Nicht im Ärger löschen|Violation:|Verstoß:/;

/** The log entries for `key` added after this call, so a test sees only the removals it made itself. */
async function loggedSince(gelassen: ExtensionBrowser, key: string) {
  const before = (await deletionLog(gelassen)).length;
  return async () => (await deletionLog(gelassen)).slice(before).filter((entry) => entry.commentKey === key);
}

const markerOf = (page: Page, key: string) => comment(page, key).locator("[data-gelassen-marker]").first();

/** X draws only the rows near the screen: scroll down its conversation until the row of `key` is drawn. */
async function scrollToRow(page: Page, key: string) {
  const link = page.locator(`a[href$="/status/${key.replace("x:", "")}"]`);
  for (let y = 0; y < 6000 && (await link.count()) === 0; y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await link.first().scrollIntoViewIfNeeded();
}

async function openReview(gelassen: ExtensionBrowser, front: Front, language: "en" | "de") {
  const page = await gelassen.context.newPage();
  const key = commentByText(front, WORDS[language].comment);
  await page.goto(urlOf(front, language));
  if (front === "x") await scrollToRow(page, key);
  await expectMarked(page, [key]);
  await expect(comment(page, key)).toHaveAttribute("data-gelassen-verdict", "review");
  return { page, key };
}

export function defineReviewTests(test: Test, language: "en" | "de"): void {
  const W = WORDS[language];

  for (const front of ["facebook", "x", "linkedin"] as const) {
    test(`${front} in ${language}: a review's marker, popup card and panel say to check it against the netiquette`, async ({
      gelassen,
    }) => {
      const { page, key } = await openReview(gelassen, front, language);
      const marker = markerOf(page, key).getByRole("button");
      await expect(marker).toHaveAttribute("data-look", "review");
      // "Check netiquette", and the sender's role where it matters; the tone moves to the label and the tooltip.
      await expect(marker).toHaveText(new RegExp(`^${W.short}( · .+)?$`));
      // The label names the tone (whichever it is) before the verdict.
      await expect(marker).toHaveAttribute("aria-label", new RegExp(`^Gelassen: [^,]+, .*${W.verdict}$`));
      await expect(marker).toHaveCSS("background-color", "rgb(255, 243, 214)");
      await marker.focus();
      const tip = markerOf(page, key).getByRole("tooltip");
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(W.why);
      if (front === "facebook") {
        await screenshot(page, `review-marker-${language}`, { fullPage: false });
        // Dark mode: a dark amber pill with a bright edge.
        await page.emulateMedia({ colorScheme: "dark" });
        await expect(marker).toHaveCSS("background-color", "rgb(59, 42, 11)");
        await marker.focus();
        await screenshot(page, `review-marker-dark-${language}`, { fullPage: false });
        await page.emulateMedia({ colorScheme: "light" });
      }

      const popup = await openPopup(gelassen, page);
      await popup.setViewportSize({ width: 400, height: 900 });
      const card = popup.locator(`[data-comment-key="${key}"]`);
      await expect(card.locator('.chip[data-verdict="review"]')).toHaveText(W.short);
      const notice = card.getByRole("note");
      await expect(notice).toHaveClass(/advice-review/);
      await expect(notice).toContainText(W.verdict);
      await expect(notice).toContainText(W.notice);
      await expect(card).not.toContainText(NOT_REVIEW);
      if (front === "facebook") {
        await card.scrollIntoViewIfNeeded();
        await screenshot(popup, `review-popup-${language}`, { fullPage: false });
      }
      await popup.close();

      await page.bringToFront();
      await marker.click();
      const panel = page.locator('[data-gelassen-ui="panel"]').getByRole("dialog");
      await expect(panel).toBeVisible();
      await expect(panel.getByRole("note")).toContainText(W.notice);
      await expect(panel).not.toContainText(NOT_REVIEW);
      // Kept, it is answered calmly: a boundary with an offer of help comes first.
      await expect(panel.locator(".suggestion").first()).toHaveAttribute("data-strategy", "boundary-and-help");
      if (front === "facebook") {
        await screenshot(page, `review-panel-${language}`, { fullPage: false });
        await page.emulateMedia({ colorScheme: "dark" });
        await screenshot(page, `review-panel-dark-${language}`, { fullPage: false });
      }
    });

    const { action, confirms } = REMOVAL[front];
    test(`${front} in ${language}: the guard asks once about a review's ${action}; keeping it keeps it, going ahead logs it as review`, async ({
      gelassen,
    }) => {
      const { page, key } = await openReview(gelassen, front, language);
      const layer = page.locator("[data-gelassen-guard]");
      const guard = layer.getByRole("alertdialog");

      // Asked, and kept: nothing reaches the site, nothing is logged.
      await pick(page, key, action);
      await expect(guard).toBeVisible();
      await expect(guard.getByRole("heading")).toHaveText(W.title);
      await guard.getByRole("button", { name: W.keep }).click();
      await expect(layer).toHaveCount(0);
      await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
      await expect(comment(page, key)).toBeVisible();

      // Asked again (keeping it released nothing), at once, with no countdown; going ahead goes through.
      await pick(page, key, action);
      await expect(guard).toBeVisible();
      const go = guard.getByRole("button", { name: W.go[action], exact: true });
      await expect(go).toBeEnabled();
      await expect(guard).not.toContainText(/\(\d+ s\)/);
      await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
      await expect(guard.locator(".suggestion").first()).toBeVisible();
      if (front !== "linkedin") await screenshot(page, `review-guard-${front}-${language}`, { fullPage: false });
      const logged = await loggedSince(gelassen, key);
      expect(await logged()).toEqual([]);
      await go.click();
      await expect(layer).toHaveCount(0);
      if (confirms) await page.locator('[data-fixture="confirm"]').click();
      await expect(page.locator(`[data-gelassen-id="${key}"]:visible`)).toHaveCount(0);
      await expect
        .poll(logged, { timeout: 5000 })
        .toEqual([expect.objectContaining({ verdict: "review", overrode: false, action })]);

      if (front !== "facebook") return;
      const options = await gelassen.context.newPage();
      await options.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
      const row = options.locator(".log-table tbody tr").filter({ hasText: W.comment }).first();
      await expect(row).toContainText(W.logged);
      await expect(row).not.toContainText(/against advice|gegen den Rat/);
      await row.scrollIntoViewIfNeeded();
      await screenshot(options, `review-log-${language}`, { fullPage: false });
    });
  }

  test(`facebook in ${language}: when the site closed its menu meanwhile, going ahead unlocks the next choice`, async ({
    gelassen,
  }) => {
    const { page, key } = await openReview(gelassen, "facebook", language);
    const logged = await loggedSince(gelassen, key);
    await pick(page, key, "delete");
    const guard = page.locator("[data-gelassen-guard]").getByRole("alertdialog");
    await expect(guard).toBeVisible();
    // Real sites close their menu on a click elsewhere: the item the user chose is gone.
    await page.evaluate(() => {
      for (const layer of document.querySelectorAll('[data-fixture="layer"]')) layer.remove();
    });
    await guard.getByRole("button", { name: W.go.delete, exact: true }).click();
    await expect(page.locator('[data-gelassen-ui="guard-note"]')).toContainText(
      language === "de"
        ? "Wählen Sie die Aktion im Menü der Seite erneut"
        : "Choose the action in the site's menu again",
    );
    await expect(comment(page, key)).toBeVisible();
    await pick(page, key, "delete");
    await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);
    await page.locator('[data-fixture="confirm"]').click();
    await expect(page.locator(`[data-gelassen-id="${key}"]:visible`)).toHaveCount(0);
    await expect
      .poll(logged, { timeout: 5000 })
      .toEqual([expect.objectContaining({ verdict: "review", overrode: false, action: "delete" })]);
  });
}
