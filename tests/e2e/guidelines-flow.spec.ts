// The guidelines steer what Gelassen suggests, and the deletion log leaves the browser as a CSV a spreadsheet
// reads: both through the options page, as a user would do it.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expected, expectMarked, urlOf } from "./comments";
import { expect, screenshot, test } from "./extension";
import { deletionLog } from "./monitor-helpers";

const keyOf = (start: string) =>
  expected("facebook", "initial").find((comment) => comment.text.startsWith(start))?.key ?? "";

test("suggestions follow the address form and sign-off set in the options page", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await page.goto(urlOf("facebook", "en"));
  const jana = keyOf("Seit drei Wochen warte ich");
  await expectMarked(page, [jana]);
  await expect(page.locator(`[data-gelassen-id="${jana}"]`).first()).toHaveAttribute("data-gelassen-tone", /.+/);
  const marker = page.locator(`[data-gelassen-id="${jana}"] [data-gelassen-marker]`).first().getByRole("button");
  const texts = async () => {
    await marker.click();
    const panel = page.locator('[data-gelassen-ui="panel"]');
    await expect(panel.locator(".suggestion-text").first()).not.toBeEmpty();
    const all = await panel.locator(".suggestion-text").allInnerTexts();
    await panel.getByRole("dialog").press("Escape");
    return all;
  };

  const before = await texts();
  expect(before.every((text) => /\b(Sie|Ihnen|Ihr|Ihre)\b/.test(text))).toBe(true);

  const options = await gelassen.context.newPage();
  await options.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
  await options.getByRole("radio", { name: "du", exact: true }).check();
  await options.getByLabel("Sign-off", { exact: true }).fill("Viele Grüße, euer Acme-Team");
  await options.getByLabel("Sign-off", { exact: true }).blur();
  await expect(options.locator(".save-state")).toHaveText("Saved.");

  await page.bringToFront();
  const after = await texts();
  for (const text of after) {
    expect(text).toMatch(/\b(du|dir|dich|dein|deine|deinen)\b/i);
    expect(text).not.toMatch(/\b(Sie|Ihnen)\b/);
    expect(text).toContain("Viele Grüße, euer Acme-Team");
  }
});

test("the deletion log shows a removal and exports CSV a spreadsheet opens", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await page.goto(urlOf("facebook", "en"));
  const mark = keyOf("You are a bunch of clueless idiots");
  await expectMarked(page, [mark]);
  await expect(page.locator(`[data-gelassen-id="${mark}"]`).first()).toHaveAttribute(
    "data-gelassen-verdict",
    "may-delete",
  );
  await page.locator(`[data-gelassen-id="${mark}"] [data-fixture="menu"]`).first().click();
  await page.locator('[data-fixture-action="delete"]').click();
  await page.locator('[data-fixture="confirm"]').click();
  await expect.poll(async () => (await deletionLog(gelassen)).some((entry) => entry.commentKey === mark)).toBe(true);

  const options = await gelassen.context.newPage();
  await options.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
  const row = options.locator(".log-table tbody tr").filter({ hasText: "clueless idiots" }).first();
  await expect(row).toContainText("Violation: removal justified");
  await expect(row).toContainText("insult");
  await row.scrollIntoViewIfNeeded();
  await screenshot(options, "options-log-en", { fullPage: false });

  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gelassen-deletions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Time,Site,Link,Author,Action,Verdict,Against advice,Violations,Reasons,Comment");
  const record = lines.find((line) => line.includes("clueless idiots"));
  expect(record).toMatch(
    /^\d{4}-\d{2}-\d{2}T[\d:.]+Z,facebook,https:\/\/www\.facebook\.com\/.*,Mark Doyle,delete,may-delete,no,insult,/,
  );
  // A strict CSV reader (as a spreadsheet's import) finds a table: every row has the header's ten cells.
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const cells of rows) expect(cells).toHaveLength(10);
  expect(rows.some((cells) => cells[9] === "You are a bunch of clueless idiots. Worst company ever.")).toBe(true);
});
