import { t, uiLanguage } from "../platform/i18n";
import type { SavedReplyProblem, SavedReplyUsability } from "../replies/saved-reply-check";
import { SITE_NAMES } from "../shared/sites";

/**
 * What the options page says about a saved reply's check (`savedReplyUsability`): whether it is offered, and each
 * broken rule in the draft check's own words (`finding_<code>`), preceded by where it is broken.
 */

const list = (items: readonly string[]) =>
  new Intl.ListFormat(uiLanguage(), { style: "long", type: "conjunction" }).format(items);

/** "on X", "in English replies", "where the reply says du", joined; empty when the rule is broken everywhere. */
export function whereText(only: SavedReplyProblem["only"]): string {
  const parts: string[] = [];
  if (only.languages)
    parts.push(t("optSavedWhere_language", list(only.languages.map((l) => t(`optSavedLanguage_${l}`)))));
  if (only.forms) parts.push(t("optSavedWhere_form", list(only.forms.map((form) => t(`optAddress_${form}`)))));
  if (only.sites) parts.push(t("optSavedWhere_sites", list(only.sites.map((site) => SITE_NAMES[site]))));
  return parts.join(", ");
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** One line per broken rule; a reply too long for two sites gets a line for each, with its length. */
export function problemLines(problem: SavedReplyProblem): string[] {
  if (problem.code === "too-long" && problem.lengths?.length) {
    return problem.lengths.map(({ site, length, limit }) =>
      t("optSavedTooLong", [SITE_NAMES[site], String(length), String(limit)]),
    );
  }
  const finding = t(`finding_${problem.code.replaceAll("-", "_")}`, problem.text);
  const where = whereText(problem.only);
  return [where ? `${capitalised(where)}: ${finding}` : finding];
}

/**
 * Problems of one rule in the same places, as one: "„du / deiner / dir“ does not match …" instead of three lines
 * that differ in a word.
 */
export function grouped(problems: readonly SavedReplyProblem[]): SavedReplyProblem[] {
  const groups = new Map<string, SavedReplyProblem>();
  for (const problem of problems) {
    const key = `${problem.code}|${JSON.stringify(problem.only)}`;
    const group = groups.get(key);
    if (!group || problem.code === "too-long") groups.set(group ? `${key}|${groups.size}` : key, { ...problem });
    else if (problem.text && !group.text.split(" / ").includes(problem.text)) group.text += ` / ${problem.text}`;
  }
  return [...groups.values()];
}

/** "Will be offered", "Will not be offered", or where it is not: "Not offered on X" when every problem says so. */
export function offeredText(usability: SavedReplyUsability): string {
  if (usability.offered !== "partly") return t(`optSavedOffered_${usability.offered}`);
  const wheres = new Set(usability.problems.map((problem) => whereText(problem.only)));
  const [where] = wheres;
  return wheres.size === 1 && where ? t("optSavedNotOffered", where) : t("optSavedOffered_partly");
}
