import type { Guidelines, SavedReply } from "../shared/guidelines";
import type { FindingCode } from "../shared/replies";
import { SITE_IDS, type SiteId } from "../shared/sites";
import { checkDraft } from "./check-draft";
import { addressName } from "./reply-name";
import { fillName } from "./saved-replies";

/**
 * Why a saved reply would not be offered. `savedSuggestions` drops a saved reply that fails `checkDraft` for the
 * comment at hand, silently; the options page runs the same check when the company saves it, in every place the
 * reply could be used: each reply language it is for ("any": German and English), each German address form the
 * guidelines allow (both when they mirror the commenter), each site (its length limit), with a commenter's name
 * filled in for "{name}" (a required name is looked for). Commenters without a name are not tried: the sites
 * nearly always show one.
 */

type Language = "de" | "en";
type Form = "sie" | "du";
type Place = { language: Language; form: Form | undefined; site: SiteId };

export type SavedReplyProblem = {
  code: FindingCode;
  /** The words of the reply it is about; empty for something missing (the greeting). */
  text: string;
  /** Where the rule is broken, when it is not everywhere the reply could be offered. */
  only: { languages?: Language[]; forms?: Form[]; sites?: SiteId[] };
  /** For "too-long": the length as each site counts it, against the guidelines' limit. */
  lengths?: { site: SiteId; length: number; limit: number }[];
};

export type SavedReplyUsability = {
  /** "never": no comment will get it; "partly": some will not (a site, a language, an address form). */
  offered: "everywhere" | "partly" | "never";
  problems: SavedReplyProblem[];
};

/** Stands in for the commenter: a name in two words, as most profiles show it. */
const SAMPLE_AUTHOR = "Alex Beispiel";

function places(reply: Pick<SavedReply, "language">, guidelines: Guidelines): Place[] {
  const languages: Language[] = reply.language === "any" ? ["de", "en"] : [reply.language];
  return languages.flatMap((language) => {
    const forms: (Form | undefined)[] =
      language === "en" ? [undefined] : guidelines.addressForm === "mirror" ? ["sie", "du"] : [guidelines.addressForm];
    return forms.flatMap((form) => SITE_IDS.map((site) => ({ language, form, site })));
  });
}

/** The values of one dimension where the problem occurs, when that is some but not all of them. */
function narrowed<T>(all: readonly Place[], failing: readonly Place[], pick: (place: Place) => T | undefined) {
  const values = (list: readonly Place[]) => [...new Set(list.map(pick).filter((v): v is T => v !== undefined))];
  const where = values(failing);
  return where.length > 0 && where.length < values(all).length ? where : undefined;
}

export function savedReplyUsability(
  reply: Pick<SavedReply, "text" | "language">,
  guidelines: Guidelines,
): SavedReplyUsability {
  const all = places(reply, guidelines);
  const failing = new Set<Place>();
  type Entry = { code: FindingCode; text: string; at: Place[]; lengths: Map<SiteId, number> };
  const found = new Map<string, Entry>();
  for (const place of all) {
    const name = addressName(SAMPLE_AUTHOR, { polite: place.form === "sie", organisation: false });
    const context = { site: place.site, language: place.language, authorName: SAMPLE_AUTHOR, addressForm: place.form };
    const check = checkDraft(fillName(reply.text, name), context, guidelines);
    if (!check.ok) failing.add(place);
    for (const finding of check.findings) {
      if (finding.severity !== "problem") continue;
      // One entry per rule and wording; a too-long reply is one problem whatever the cut.
      const key = finding.code === "too-long" ? "too-long" : `${finding.code}|${finding.text.toLowerCase()}`;
      const entry: Entry = found.get(key) ?? { code: finding.code, text: finding.text, at: [], lengths: new Map() };
      entry.at.push(place);
      if (finding.code === "too-long") {
        entry.text = "";
        entry.lengths.set(place.site, Math.max(entry.lengths.get(place.site) ?? 0, check.length));
      }
      found.set(key, entry);
    }
  }
  const problems = [...found.values()].map(({ code, text, at, lengths }): SavedReplyProblem => {
    const only = {
      languages: narrowed(all, at, (place) => place.language),
      // Address forms are German: they narrow a problem only where it occurs in German replies alone.
      forms: at.every((place) => place.language === "de") ? narrowed(all, at, (place) => place.form) : undefined,
      sites: narrowed(all, at, (place) => place.site),
    };
    const problem: SavedReplyProblem = {
      code,
      text,
      only: Object.fromEntries(Object.entries(only).filter(([, value]) => value !== undefined)),
    };
    if (code === "too-long") {
      problem.lengths = [...lengths].map(([site, length]) => ({ site, length, limit: guidelines.maxLength[site] }));
    }
    return problem;
  });
  const offered = failing.size === 0 ? "everywhere" : failing.size === all.length ? "never" : "partly";
  return { offered, problems };
}
