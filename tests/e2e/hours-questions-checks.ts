// Business hours and case questions in the options page, once per interface language (hours-questions-en.spec.ts,
// hours-questions-de.spec.ts): hours set, refused when they make no sense, shown as the deadline a holding reply
// would promise now, kept over a reload; a company's own question for a missing order number, refused with an
// unknown placeholder, asked in the panel's first suggestion for Jana's refund complaint, and reset.
import type { Page, Worker } from "@playwright/test";
import { deadlineExample } from "../../src/options/business-hours";
import { DEFAULT_GUIDELINES, type Guidelines, type Weekday } from "../../src/shared/guidelines";
import { expect, screenshot, type testIn } from "./extension";
import { firstSuggestion, openOptions } from "./saved-reply-checks";
import { openMarked } from "./suggestion-checks";

type Test = ReturnType<typeof testIn>;
type Language = "de" | "en";

const WORDS = {
  de: {
    saved: "Gespeichert.",
    days: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    from: "Von (Uhr)",
    to: "Bis (Uhr)",
    noDay: "Nicht gespeichert: Kreuzen Sie mindestens einen Tag an",
    toBeforeFrom: "Nicht gespeichert: „Bis“ muss nach „Von“ liegen",
    deadlines: "eine Antwort bis zu einer Frist",
    noPromise: "Ihre Richtlinien erlauben keine Fristen",
    change: "Anpassen",
    german: "Deutsch mit Sie (oder ohne Anrede)",
    germanDu: "Deutsch mit du",
    english: "Englisch",
    save: "Frage speichern",
    reset: "Auf Gelassens Frage zurücksetzen",
    own: "Eigene Formulierung",
    builtIn: "Gelassens Formulierung",
    unknown: "Unbekannter Platzhalter: {bestellnr}. In Fragen gibt es nur {wcontact} und {contact}.",
    wrongDu: "Diese du-Formulierung siezt",
    builtInSie: "Schicken Sie uns bitte {wcontact} Ihre Bestellnummer, dann sehen wir sofort nach.",
  },
  en: {
    saved: "Saved.",
    days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    from: "From (hour)",
    to: "To (hour)",
    noDay: "Not saved: tick at least one day",
    toBeforeFrom: "Not saved: “To” must be later than “From”",
    deadlines: "an answer by a deadline",
    noPromise: "Your guidelines allow no deadlines",
    change: "Change",
    german: "German with Sie (or addressing nobody)",
    germanDu: "German with du",
    english: "English",
    save: "Save question",
    reset: "Reset to Gelassen's question",
    own: "Your wording",
    builtIn: "Gelassen's wording",
    unknown: "Unknown placeholder: {bestellnr}. Questions can only use {wcontact} and {contact}.",
    wrongDu: "This du wording says Sie",
    builtInSie: "Schicken Sie uns bitte {wcontact} Ihre Bestellnummer, dann sehen wir sofort nach.",
  },
} as const;

const QUESTION = {
  de: "Nennen Sie uns {wcontact} bitte Ihre Acme-Bestellnummer (sie beginnt mit AC), dann sehen wir gleich nach.",
  du: "Nenn uns {wcontact} bitte deine Acme-Bestellnummer (sie beginnt mit AC), dann sehen wir gleich nach.",
  filled: "Nennen Sie uns per privater Nachricht bitte Ihre Acme-Bestellnummer (sie beginnt mit AC)",
  en: "Please send us your Acme order number (it starts with AC) {wcontact} and we'll look at once.",
};

const stored = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get("guidelines")).guidelines as Partial<Guidelines>);

/** The phrase the example line must show for these hours, computed as the page does, in the page's time zone. */
async function expectedPhrase(page: Page, language: Language, days: Weekday[], fromHour: number, toHour: number) {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const example = deadlineExample(DEFAULT_GUIDELINES, { days, fromHour, toHour }, new Date(), language, timeZone);
  if (example.kind !== "promise") throw new Error("the defaults promise deadlines");
  return example.phrase;
}

/** Elements of the two sections that stick out of the card on the right: text or a row that does not wrap. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector(".case-list")?.closest(".card")?.getBoundingClientRect();
    if (!card) return ["no card"];
    return [...document.querySelectorAll(".hours *, .case-list *")]
      .filter((element) => element.getBoundingClientRect().right > card.right + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
  });

async function setHour(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(label, { exact: true }).blur();
}

export function defineHoursQuestionTests(test: Test, language: Language): void {
  const w = WORDS[language];

  test(`${language}: business hours are set, checked, shown as a holding reply's deadline and kept`, async ({
    gelassen,
  }) => {
    const page = await openOptions(gelassen);
    const section = page.locator("fieldset.hours");
    const example = page.locator("#hours-example");
    const before = await expectedPhrase(page, language, ["mon", "tue", "wed", "thu", "fri"], 9, 18);
    await expect(example).toContainText(before);

    // Monday to Thursday, 9 to 17.
    await section.getByLabel(w.days[4], { exact: true }).uncheck();
    await expect(page.getByRole("status").filter({ hasText: w.saved })).toBeVisible();
    await setHour(page, w.to, "17");
    await expect
      .poll(async () => (await stored(gelassen.worker)).businessHours)
      .toEqual({
        days: ["mon", "tue", "wed", "thu"],
        fromHour: 9,
        toHour: 17,
      });
    const after = await expectedPhrase(page, language, ["mon", "tue", "wed", "thu"], 9, 17);
    await expect(example).toContainText(after);
    // Tuesday only: whenever the test runs, the promise lands on a Tuesday, so the line changes visibly.
    for (const day of [0, 2, 3]) await section.getByLabel(w.days[day] ?? "", { exact: true }).uncheck();
    await expect(example).toContainText(await expectedPhrase(page, language, ["tue"], 9, 17));
    await expect(example).toContainText(w.days[1]);
    await section.getByLabel(w.days[1], { exact: true }).uncheck();
    await expect(page.getByRole("alert")).toContainText(w.noDay);
    await expect(section.getByLabel(w.from, { exact: true })).toHaveAttribute("aria-describedby", /hours-error/);
    expect((await stored(gelassen.worker)).businessHours?.days).toEqual(["tue"]);
    for (const day of [0, 1, 2, 3]) await section.getByLabel(w.days[day] ?? "", { exact: true }).check();
    await setHour(page, w.from, "17");
    await expect(page.getByRole("alert")).toContainText(w.toBeforeFrom);
    await expect(section.getByLabel(w.to, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await screenshot(page, `business-hours-error-${language}`, { fullPage: false });
    await setHour(page, w.from, "9");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(example).toContainText(after);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `business-hours-${language}`, { fullPage: false });

    // Without deadlines there is nothing to promise: the line says so.
    await page.getByLabel(w.deadlines, { exact: true }).uncheck();
    await expect(example).toContainText(w.noPromise);
    await page.getByLabel(w.deadlines, { exact: true }).check();

    await page.reload();
    for (const [index, day] of w.days.entries()) {
      const box = page.locator("fieldset.hours").getByLabel(day, { exact: true });
      if (index < 4) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expect(page.getByLabel(w.from, { exact: true })).toHaveValue("9");
    await expect(page.getByLabel(w.to, { exact: true })).toHaveValue("17");
    await expect(page.locator("#hours-example")).toContainText(after);
  });

  test(`${language}: the company's own question for a missing order number is asked in the first suggestion`, async ({
    gelassen,
  }) => {
    const options = await openOptions(gelassen);
    const item = options.locator('.case-list > li[data-missing="order-number"]');
    await expect(item.locator(".chip")).toHaveText(w.builtIn);
    await expect(item).toContainText(w.builtInSie);
    await item.getByRole("button", { name: w.change }).click();
    const german = item.getByLabel(w.german, { exact: true });
    await expect(german).toBeFocused();
    await german.fill("Bitte nennen Sie uns {bestellnr}.");
    await expect(item.getByRole("alert")).toHaveText(w.unknown);
    await expect(german).toHaveAttribute("aria-invalid", "true");
    await expect(item.getByRole("button", { name: w.save })).toBeDisabled();
    await german.fill(QUESTION.de);
    await item.getByLabel(w.english, { exact: true }).fill(QUESTION.en);
    // A Sie wording in the du field is named: du replies would ask with Gelassen's question instead.
    const du = item.getByLabel(w.germanDu, { exact: true });
    await du.fill(QUESTION.de);
    await expect(item.locator(".field-warning")).toContainText(w.wrongDu);
    await du.fill(QUESTION.du);
    await expect(item.locator(".field-warning")).toHaveCount(0);
    await item.scrollIntoViewIfNeeded();
    await screenshot(options, `case-question-edit-${language}`, { fullPage: false });
    await item.getByRole("button", { name: w.save }).click();
    await expect(item.locator(".chip")).toHaveText(w.own);
    await expect
      .poll(async () => (await stored(gelassen.worker)).caseQuestions)
      .toEqual([{ missing: "order-number", de: QUESTION.de, du: QUESTION.du, en: QUESTION.en }]);
    await options.reload();
    await expect(item).toContainText(QUESTION.de);
    await expect(item).toContainText(QUESTION.du);
    await expect(item).toContainText(QUESTION.en);
    await item.scrollIntoViewIfNeeded();
    await screenshot(options, `case-questions-${language}`, { fullPage: false });
    await options.setViewportSize({ width: 420, height: 1400 });
    expect(await overflowing(options)).toEqual([]);
    await options.locator("fieldset.hours").scrollIntoViewIfNeeded();
    await screenshot(options, `business-hours-narrow-${language}`, { fullPage: false });
    await item.scrollIntoViewIfNeeded();
    await screenshot(options, `case-questions-narrow-${language}`, { fullPage: false });

    // Jana waits for her refund and gave no order number: the reply asks with the company's words (German, as
    // she wrote).
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    const first = await firstSuggestion(page, jana);
    await expect(first.locator(".suggestion-text")).toContainText(QUESTION.filled);

    await item.getByRole("button", { name: w.reset }).click();
    await expect(item.locator(".chip")).toHaveText(w.builtIn);
    await expect.poll(async () => (await stored(gelassen.worker)).caseQuestions).toEqual([]);
  });
}
