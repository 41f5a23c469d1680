import { expect } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies";
import { DEFAULT_GUIDELINES, type Guidelines } from "../../src/shared/guidelines";
import type { SiteId } from "../../src/shared/sites";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";

/**
 * How a company's page answers a comment, as the extension does: the comment assessed with the default guidelines
 * under the company's name, then answered at a fixed Monday morning in Berlin. Shared by the tests that read fresh
 * comments as a social-media lead would.
 */
export function companyAnswers(companyName: string, site: SiteId, authorName: string) {
  const guidelines: Guidelines = { ...DEFAULT_GUIDELINES, companyName };
  const options = { now: new Date("2026-11-30T10:00:00Z"), timeZone: "Europe/Berlin" };
  return (text: string) => {
    const comment = {
      site,
      id: `c-${text.length}`,
      threadId: "post-1",
      text,
      author: { name: authorName, verified: false, badges: [], isOrganisation: false },
      isReply: false,
      byPageOwner: false,
    };
    const assessment = assessComment(comment, guidelines);
    return { assessment, suggestions: composeReplies(comment, assessment, guidelines, options) };
  };
}

/**
 * How one of the golden set's two companies answers a comment (tests/golden/guidelines.ts), read on a Tuesday at
 * 10:00 in Berlin as the golden set's references assume.
 */
export function goldenAnswer(
  company: "rheinwerk" | "kaffeekollektiv",
  text: string,
  site: SiteId = "facebook",
  name = "Jo Lenz",
) {
  const guidelines = GOLDEN_GUIDELINES[company];
  const comment = snapshotOf(text, { site, author: { name } });
  const assessment = assessComment(comment, guidelines);
  const suggestions = composeReplies(comment, assessment, guidelines, {
    now: new Date("2026-12-01T09:00:00Z"),
    timeZone: "Europe/Berlin",
  });
  return { assessment, first: suggestions[0], suggestions };
}

/** The first suggestion's text for a comment one of the company's saved answers must answer; fails if another comes first. */
export function savedAnswer(company: "rheinwerk" | "kaffeekollektiv", text: string, site: SiteId = "facebook"): string {
  const { first } = goldenAnswer(company, text, site);
  expect(first?.source, text).toBe("saved");
  return first?.text ?? "";
}
