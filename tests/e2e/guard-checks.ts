// Issue 6 in the browser: the delete guard on each site's own menu, in both interface languages.
import type { Page } from "@playwright/test";
import { expectMarked, FRONTS, type Front, urlOf } from "./comments";
import { commentByText, REMOVAL } from "./expected-comments";
import { expect, screenshot, type testIn } from "./extension";
import { deletionLog, setGuidelines } from "./monitor-helpers";

type Test = ReturnType<typeof testIn>;

export { commentByText, REMOVAL };

export async function openAssessed(page: Page, front: Front, language: "en" | "de", keys: string[]) {
  await page.goto(urlOf(front, language));
  await expectMarked(page, keys);
  for (const key of keys)
    await expect(page.locator(`[data-gelassen-id="${key}"]`).first()).toHaveAttribute("data-gelassen-verdict", /.+/);
}

export const comment = (page: Page, key: string) => page.locator(`[data-gelassen-id="${key}"]`).first();

/** Opens the site's own "⋯" menu of a comment and picks the item for `action` (as a user would click it). */
export async function pick(page: Page, key: string, action: string) {
  await comment(page, key).locator('[data-fixture="menu"], [data-testid="caret"]').first().click();
  await page.locator(`[data-fixture-action="${action}"]`).click();
}

export function defineGuardTests(test: Test, language: "en" | "de"): void {
  for (const front of FRONTS) {
    const { action, confirms } = REMOVAL[front];

    test(`${front} in ${language}: holds the ${action} of criticism, then lets it go after the cool-down`, async ({
      gelassen,
    }) => {
      await setGuidelines(gelassen, { guard: { enabled: true, cooldownSeconds: 2 } });
      const page = await gelassen.context.newPage();
      const jana = commentByText(front, "Seit drei Wochen warte ich");
      await openAssessed(page, front, language, [jana]);
      await expect(comment(page, jana)).toHaveAttribute("data-gelassen-verdict", "keep");

      // Report and the other items are never held.
      await pick(page, jana, "report");
      await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);

      await pick(page, jana, action);
      const guard = page.locator("[data-gelassen-guard]").getByRole("alertdialog");
      await expect(guard).toBeVisible();
      await expect(guard).toContainText(language === "de" ? "kein Verstoß" : "not a violation");
      await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
      const release = guard.getByRole("button", { name: language === "de" ? /Trotzdem löschen/ : /Delete anyway/ });
      await expect(release).toBeDisabled();
      await expect(guard.locator(".suggestion").first()).toBeVisible();
      await screenshot(page, `guard-${front}-${language}`, { fullPage: false });
      await expect(release).toBeEnabled({ timeout: 5000 });
      await release.click();
      await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);
      await expect(comment(page, jana)).toBeVisible();

      // The second try goes through to the site, and is logged as an override.
      await pick(page, jana, action);
      await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);
      if (confirms) await page.locator('[data-fixture="confirm"]').click();
      await expect(page.locator(`[data-gelassen-id="${jana}"]:visible`)).toHaveCount(0);
      await expect
        .poll(async () => (await deletionLog(gelassen)).filter((entry) => entry.commentKey === jana).at(-1))
        .toMatchObject({ verdict: "keep", overrode: true, action });
    });

    test(`${front} in ${language}: lets the ${action} of an insult through and logs it`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      const mark = commentByText(front, "You are a bunch of clueless idiots");
      await openAssessed(page, front, language, [mark]);
      await expect(comment(page, mark)).toHaveAttribute("data-gelassen-verdict", "may-delete");
      await pick(page, mark, action);
      await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);
      await expect(page.locator('[data-gelassen-ui="guard-note"]')).toContainText(
        language === "de" ? "Beleidigung" : "insult",
      );
      if (confirms) await page.locator('[data-fixture="confirm"]').click();
      await expect(page.locator(`[data-gelassen-id="${mark}"]:visible`)).toHaveCount(0);
      await expect
        .poll(async () => (await deletionLog(gelassen)).filter((entry) => entry.commentKey === mark).at(-1), {
          timeout: 5000,
        })
        .toMatchObject({
          verdict: "may-delete",
          overrode: false,
          action,
          violations: expect.arrayContaining(["insult"]),
        });
    });
  }
}
