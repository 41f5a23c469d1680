// Issue 12, item 2 in the browser: a page script can click, dispatch events and rewrite Gelassen's attributes,
// but only the user's own gestures count, and a comment's identity is the content script's, not the page's.
import type { Page } from "@playwright/test";
import { expect, test } from "./extension";
import { comment, commentByText, openAssessed, pick } from "./guard-checks";
import { deletionLog, setGuidelines } from "./monitor-helpers";

const FRONT = "facebook";
const jana = commentByText(FRONT, "Seit drei Wochen warte ich");
const mark = commentByText(FRONT, "You are a bunch of clueless idiots");

/** In the page's own world, as any script of the site (or an injected one) could. */
const forgeRemoval = (page: Page, key: string) =>
  page.evaluate(async (key) => {
    (document.querySelector(`[data-gelassen-id="${key}"] [data-fixture="menu"]`) as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    (document.querySelector('[data-fixture-action="delete"]') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    (document.querySelector('[data-fixture="confirm"]') as HTMLElement | null)?.click();
  }, key);

test("a page script's click() on Delete of criticism is held and nothing is logged", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await openAssessed(page, FRONT, "en", [jana, mark]);
  await expect(comment(page, jana)).toHaveAttribute("data-gelassen-verdict", "keep");

  await forgeRemoval(page, jana);
  await expect(comment(page, jana)).toBeVisible();
  // Forged "confirm" clicks and dispatched key presses do no better.
  await page.evaluate(() => {
    const item = document.querySelector('[data-fixture-action="delete"]');
    item?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
  await expect(comment(page, jana)).toBeVisible();
  await expect(page.locator("[data-gelassen-guard]")).toHaveCount(0);

  // Nor can it remove an insult in the user's name: that would write a removal the user never made into the log.
  await page.keyboard.press("Escape");
  await forgeRemoval(page, mark);
  await expect(comment(page, mark)).toBeVisible();

  // The user's own Delete on a real violation still passes and is logged, once: the log is guarded, not broken.
  await page.keyboard.press("Escape");
  await pick(page, mark, "delete");
  await page.locator('[data-fixture="confirm"]').click();
  await expect.poll(async () => (await deletionLog(gelassen)).map((entry) => entry.commentKey)).toEqual([mark]);
});

test("a page script cannot press Gelassen's own buttons", async ({ gelassen }) => {
  await setGuidelines(gelassen, { guard: { enabled: true, cooldownSeconds: 0 } });
  const page = await gelassen.context.newPage();
  await openAssessed(page, FRONT, "en", [jana]);

  // The marker: a forged click opens no panel.
  await page.evaluate((key) => {
    const host = document.querySelector(`[data-gelassen-id="${key}"] [data-gelassen-marker]`) as HTMLElement;
    (host.shadowRoot as ShadowRoot).querySelector("button")?.click();
  }, jana);
  await expect(page.locator('[data-gelassen-ui="panel"]')).toHaveCount(0);

  // The guard's "Delete anyway", once the cool-down is over: a forged click releases nothing.
  await pick(page, jana, "delete");
  const guard = page.locator("[data-gelassen-guard]").getByRole("alertdialog");
  await expect(guard.getByRole("button", { name: /Delete anyway/ })).toBeEnabled();
  await expect(guard.locator(".suggestion").first()).toBeVisible();
  const editors = await page.locator('[contenteditable="true"]').count();
  await page.evaluate(() => {
    const root = document.querySelector("[data-gelassen-guard]")?.shadowRoot;
    const buttons = [...(root?.querySelectorAll("button") ?? [])] as HTMLElement[];
    for (const button of buttons) if (/Delete anyway|Insert/.test(button.textContent ?? "")) button.click();
  });
  await expect(guard).toBeVisible();
  // No reply box opened for a draft, and the site's menu never saw the Delete.
  await expect(page.locator('[contenteditable="true"]')).toHaveCount(editors);
  await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
  // Had the forged click released it, the next Delete would pass: it is held again.
  await guard.getByRole("button", { name: /Keep/ }).click();
  await expect(guard).toHaveCount(0);
  await pick(page, jana, "delete");
  await expect(guard).toBeVisible();
  expect(await deletionLog(gelassen)).toEqual([]);
});

test("rewriting data-gelassen-id changes neither the guard's verdict nor what is logged", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await openAssessed(page, FRONT, "en", [jana, mark]);
  // The page swaps the marks: the criticism now claims to be the insult, and the other way round.
  await page.evaluate(
    ([jana, mark]) => {
      const a = document.querySelector(`[data-gelassen-id="${jana}"]`) as Element;
      const b = document.querySelector(`[data-gelassen-id="${mark}"]`) as Element;
      a.setAttribute("data-test-who", "jana");
      b.setAttribute("data-test-who", "mark");
      a.setAttribute("data-gelassen-id", String(mark));
      b.setAttribute("data-gelassen-id", String(jana));
    },
    [jana, mark],
  );
  const menuOf = (who: string) => page.locator(`[data-test-who="${who}"] [data-fixture="menu"]`);

  // The user's real Delete on the criticism is still held.
  await menuOf("jana").click();
  await page.locator('[data-fixture-action="delete"]').click();
  const guard = page.locator("[data-gelassen-guard]").getByRole("alertdialog");
  await expect(guard).toBeVisible();
  await expect(page.locator('[data-fixture="confirm"]')).toHaveCount(0);
  await guard
    .getByRole("button", { name: /Close|Cancel|Keep/ })
    .first()
    .click();

  // The real Delete on the insult passes and logs the insult, not the criticism.
  await menuOf("mark").click();
  await page.locator('[data-fixture-action="delete"]').click();
  await page.locator('[data-fixture="confirm"]').click();
  await expect.poll(async () => (await deletionLog(gelassen)).map((entry) => entry.commentKey)).toEqual([mark]);
  const [entry] = await deletionLog(gelassen);
  expect(entry?.text).toContain("clueless idiots");
  await expect(page.locator('[data-test-who="jana"]')).toBeVisible();
});
