// Saved replies in the browser, once per interface language (saved-replies-en.spec.ts, saved-replies-de.spec.ts):
// set up in the options page with topics, offered first for a question on the topic and inserted with the
// commenter's name; a rude comment about an order answered with a boundary and help; and the options page saying
// why a saved reply will not be offered.
import type { Page } from "@playwright/test";
import { commentId, HOSTS, POST_PATHS } from "../fixtures/facebook/render.mjs";
import { person } from "../fixtures/shared/people.mjs";
import { resolvePost } from "../fixtures/shared/threads.mjs";
import type { ExtensionBrowser } from "./browser";
import { expectMarked } from "./comments";
import { expect, screenshot, type testIn } from "./extension";
import { editorOf, isEnabled } from "./insert-checks";
import { WORDS as W } from "./saved-reply-words";

type Test = ReturnType<typeof testIn>;
type Language = keyof typeof W;

const hoursUrl = (language: Language) => `${HOSTS[language]}/acme/posts/${POST_PATHS.hours}`;

function hoursComment(key: string) {
  const comment = resolvePost("hours").comments.find((candidate: { key: string }) => candidate.key === key);
  if (!comment) throw new Error(`no comment ${key} on the hours post`);
  return { key: `facebook:${commentId(comment)}`, name: person(comment.author).name, text: comment.text };
}

export async function openOptions(gelassen: ExtensionBrowser): Promise<Page> {
  const page = await gelassen.context.newPage();
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
  return page;
}

/** Fills the add form (the last form of the list: an open edit form comes before it) and saves. */
async function addSavedReply(page: Page, language: Language, reply: { title: string; text: string; topics?: string }) {
  const w = W[language];
  const form = page.locator("fieldset.saved-form").last();
  await form.getByLabel(w.title).fill(reply.title);
  await form.getByLabel("Text", { exact: true }).fill(reply.text);
  await form.getByLabel(w.language).selectOption({ label: w.languageName });
  await form.getByLabel(w.topics).fill(reply.topics ?? "");
  await form.getByRole("button", { name: w.save }).click();
  return page.locator(".saved-list > li").filter({ hasText: reply.title });
}

/** Opens the panel of a comment on the hours post and returns its first suggestion. */
export async function firstSuggestion(page: Page, key: string) {
  await expectMarked(page, [key]);
  await expect(page.locator(`[data-gelassen-id="${key}"]`).first()).toHaveAttribute("data-gelassen-tone", /.+/);
  await page.locator(`[data-gelassen-id="${key}"] [data-gelassen-marker]`).first().getByRole("button").click();
  const panel = page.locator('[data-gelassen-ui="panel"]').getByRole("dialog");
  await expect(panel).toBeVisible();
  const first = panel.locator(".suggestion").first();
  await expect(first.locator(".suggestion-text")).not.toBeEmpty();
  return first;
}

const editorText = async (page: Page) =>
  ((await editorOf(page, "facebook").editor.textContent()) ?? "").replace(/\s+/g, " ").trim();

export function defineSavedReplyTests(test: Test, language: Language): void {
  const w = W[language];

  test(`${language}: a saved reply set up with topics is the first suggestion for a question on its topic`, async ({
    gelassen,
  }) => {
    const options = await openOptions(gelassen);
    const item = await addSavedReply(options, language, w.reply);
    // Typed twice, kept once.
    await expect(item.locator(".saved-topics .chip")).toHaveText([...w.reply.chips]);
    await expect(item.locator(".saved-offered")).toHaveText(w.offered);
    await expect(item.locator(".saved-problems")).toHaveCount(0);

    const page = await gelassen.context.newPage();
    await page.goto(hoursUrl(language));
    const question = hoursComment(w.question);
    const first = await firstSuggestion(page, question.key);
    await expect(first).toHaveAttribute("data-strategy", "saved-reply");
    await expect(first.locator(".suggestion-text")).toHaveText(w.filled);
    await screenshot(page, `saved-reply-panel-${language}`, { fullPage: false });
    await first.getByRole("button", { name: w.insert, exact: true }).click();
    await expect(page.locator('[data-gelassen-ui="panel"]')).toHaveCount(0);
    // Facebook's own @mention of the commenter, then the saved reply with the name filled in.
    await expect.poll(() => editorText(page)).toBe(`${question.name} ${w.filled}`);
    expect(await isEnabled("facebook")(editorOf(page, "facebook").submit)).toBe(true);
  });

  test(`${language}: a rude comment about an order gets a boundary with help first, naming the order`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    await page.goto(hoursUrl(language));
    const rude = hoursComment(w.rude);
    const first = await firstSuggestion(page, rude.key);
    await expect(first).toHaveAttribute("data-strategy", "boundary-and-help");
    const text = ((await first.locator(".suggestion-text").textContent()) ?? "").replace(/\s+/g, " ");
    expect(text).toContain("40-11873");
    expect(text).not.toMatch(w.thanks);
    await screenshot(page, `rude-order-panel-${language}`, { fullPage: false });
    await first.getByRole("button", { name: w.insert, exact: true }).click();
    await expect(page.locator('[data-gelassen-ui="panel"]')).toHaveCount(0);
    await expect.poll(() => editorText(page)).toContain(text.split("\n")[0]?.slice(0, 40) ?? text);
    expect(await editorText(page)).toContain("40-11873");
    expect(await isEnabled("facebook")(editorOf(page, "facebook").submit)).toBe(true);
  });

  test(`${language}: the options page says why a saved reply will not be offered, and when it is again`, async ({
    gelassen,
  }) => {
    const options = await openOptions(gelassen);
    const greeting = options.getByLabel(w.greeting, { exact: true });
    // Without a required greeting, a reply that opens with thanks is fine.
    // A click, not uncheck(): the box shows the stored value, which changes a moment after the click.
    await greeting.click();
    await expect(greeting).not.toBeChecked();
    await expect.poll(() => storedRequired(gelassen)).toMatchObject({ greeting: false });
    const item = await addSavedReply(options, language, {
      title: w.reply.title,
      text: w.noGreeting,
      topics: w.reply.topics,
    });
    await expect(item.locator(".saved-offered")).toHaveText(w.offered);

    // The guidelines ask for a greeting again: the reply is still saved, but marked, with the rule in words.
    await greeting.click();
    await expect(greeting).toBeChecked();
    await expect.poll(() => storedRequired(gelassen)).toMatchObject({ greeting: true });
    await expect(item.locator(".saved-status")).toHaveAttribute("data-offered", "never");
    await expect(item.locator(".saved-offered")).toHaveText(w.notOffered);
    await expect(item.locator(".saved-problems li")).toHaveText([w.missingGreeting]);
    await expect.poll(() => storedSaved(gelassen)).toEqual([expect.objectContaining({ text: w.noGreeting })]);
    await item.scrollIntoViewIfNeeded();
    await screenshot(options, `saved-replies-problem-${language}`, { fullPage: false });

    // Edited in place: a greeting added, the same reply (id, topics) is offered again.
    const [before] = await storedSaved(gelassen);
    await item.getByRole("button", { name: w.edit }).click();
    await expect(item.getByLabel(w.title)).toBeFocused();
    await item.getByLabel("Text", { exact: true }).fill(w.reply.text);
    await expect(item.getByLabel(w.topics)).toHaveValue(w.reply.chips.join(", "));
    await screenshot(options, `saved-reply-edit-${language}`, { fullPage: false });
    await item.getByRole("button", { name: w.update }).click();
    await expect(item.locator(".saved-offered")).toHaveText(w.offered);
    await expect(item.locator(".saved-topics .chip")).toHaveText([...w.reply.chips]);
    expect(await storedSaved(gelassen)).toEqual([
      { id: before?.id, title: w.reply.title, text: w.reply.text, language, topics: [...w.reply.chips] },
    ]);

    // Too many topics are refused where they are typed, before anything is saved.
    const form = options.locator("fieldset.saved-form").last();
    await form.getByLabel(w.topics).fill(Array.from({ length: 21 }, (_, index) => `t${index + 1}`).join(", "));
    await expect(form.getByRole("alert")).toHaveText(w.tooMany);
    await expect(form.getByRole("button", { name: w.save })).toBeDisabled();
    await form.getByLabel(w.topics).fill("");

    // Each reply says where it is not offered and why; the whole list, wide and narrow, stays inside its card.
    for (const other of w.others) {
      const added = await addSavedReply(options, language, other);
      await expect(added.locator(".saved-offered")).toHaveText(other.offered);
      await expect(added.locator(".saved-problems li")).toHaveText(other.problems);
    }
    await expect(options.locator(".saved-list > li")).toHaveCount(1 + w.others.length);
    await options.getByRole("heading", { name: w.heading }).scrollIntoViewIfNeeded();
    await options.evaluate(() => window.scrollBy(0, -8));
    await screenshot(options, `saved-replies-${language}`, { fullPage: false });
    await options.setViewportSize({ width: 420, height: 1400 });
    await options.getByRole("heading", { name: w.heading }).scrollIntoViewIfNeeded();
    expect(await overflowing(options)).toEqual([]);
    await screenshot(options, `saved-replies-narrow-${language}`, { fullPage: false });
  });
}

/** Elements of the saved replies that stick out of the card on the right: text that does not wrap. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector(".saved-list")?.closest(".card")?.getBoundingClientRect();
    if (!card) return ["no card"];
    return [...document.querySelectorAll(".saved-list *, .saved-form *")]
      .filter((element) => element.getBoundingClientRect().right > card.right + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
  });

type Stored = { required: Record<string, boolean>; savedReplies: { id: string; text: string }[] };
const stored = (gelassen: ExtensionBrowser) =>
  gelassen.worker.evaluate(async () => (await chrome.storage.local.get("guidelines")).guidelines as Stored | undefined);
const storedRequired = async (gelassen: ExtensionBrowser) => (await stored(gelassen))?.required;
const storedSaved = async (gelassen: ExtensionBrowser) => (await stored(gelassen))?.savedReplies ?? [];
