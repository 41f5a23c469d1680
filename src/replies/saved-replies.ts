import type { Role } from "../shared/assessment";
import type { Guidelines } from "../shared/guidelines";
import type { DraftContext, Suggestion } from "../shared/replies";
import { checkDraft } from "./check-draft";
import { PLACEHOLDER } from "./placeholder";
import { findAll } from "./text-spans";
import { matchesTopic } from "./topics";

/** The ids of the saved replies (in the reply's language) whose topics the comment is about. */
export function savedMatches(guidelines: Guidelines, comment: string, language: "de" | "en"): string[] {
  return guidelines.savedReplies
    .filter((saved) => saved.language === "any" || saved.language === language)
    .filter((saved) => saved.topics?.some((topic) => matchesTopic(comment, topic)))
    .map((saved) => saved.id);
}

/**
 * The company's own saved replies, beside the generated ones: those in the reply's language (or "any") and for
 * the sender's role (or every role). "{name}" in a saved reply becomes the commenter's name, or disappears with
 * the space before it when the name is unknown ("Hallo {name}," → "Hallo,"). Like every suggestion, a saved
 * reply is offered only when it passes the check here (on X a long one may not fit); the options page can show
 * the same check while the company writes it.
 */
export function savedSuggestions(
  guidelines: Guidelines,
  role: Role,
  s: { language: "de" | "en"; form: "sie" | "du" | undefined; name: string | undefined; context: DraftContext },
  matched: readonly string[] = [],
): Suggestion[] {
  return (
    guidelines.savedReplies
      .filter((saved) => saved.language === "any" || saved.language === s.language)
      // A reply with topics answers those topics: it is offered only for a comment about one of them.
      .filter((saved) => !saved.topics?.length || matched.includes(saved.id))
      .filter(
        (saved) => matched.includes(saved.id) || !saved.roles || saved.roles.length === 0 || saved.roles.includes(role),
      )
      .map((saved): Suggestion => {
        const text = s.name ? saved.text.replaceAll("{name}", s.name) : saved.text.replace(/\s*\{name\}/g, "");
        return {
          strategy: "saved-reply",
          text,
          insertable: true,
          source: "saved",
          savedReplyId: saved.id,
          title: saved.title,
          language: s.language,
          addressForm: s.form,
          placeholders: findAll(text, PLACEHOLDER).map(({ start, end }) => ({ start, end })),
          check: checkDraft(text, s.context, guidelines),
        };
      })
      .filter((suggestion) => suggestion.check.ok)
  );
}
