import { assessComment } from "../../analysis";
import type { Assessment } from "../../shared/assessment";
import { type Command, type Io, parseOptions } from "../command";
import { commentRecords, eachComment, languageOption, snapshotOfInput } from "../each-comment";
import type { InputComment } from "../input";
import { type CliLanguage, reasonText } from "../reasons-text";

const HELP = `gelassen assess — judge comments on this computer: language, tone, violations, the deletion verdict,
the sender's role, priority and whether a reply is owed. Nothing leaves the machine.

Usage:
  gelassen assess [FILE]                       JSON Lines from FILE, or standard input without FILE (or with -)
  gelassen assess --csv FILE [--column text]   a CSV export with a header row

Each input line is a JSON object with at least "id" and "text", optionally "site" ("facebook", "x",
"linkedin"), "author" ({"verified": true, "badges": ["Top fan"], "followers": 12000, ...}) and "threadOwner"
(the handle or name of the account that owns the post: "@TeamTube my channel …" then speaks to the company).
Each output line is one JSON object, in input order, with exactly these fields:
  id, language, tone, toxicity, offensive, violations, verdict, reasons, role, roleReasons, intent, priority,
  replyNeeded, replyReasons
"verdict" is "may-delete" (a rule names the violation), "review" (the model finds it abusive but no rule names
it: check it against your netiquette) or "keep". "intent" says whether the comment states a customer's problem
("complaint": {"problem", "words"}), asks a question ("question": its kind), is sarcastic, whom it speaks to
("addressedTo": company, commenter or general) and whether it is about politics or the world ("offTopic").

Options:
  --csv FILE          read a CSV file instead of JSON Lines
  --column NAME       the CSV column with the comment text (default: text)
  --id-column NAME    the CSV column with the id (default: id; the row number if there is none)
  --company NAME      the company's name, as in the guidelines (a customer naming it is a customer signal)
  --lang en|de        language of the reasons' texts (default: en)
  --help              this text

A line that is not valid JSON or has no text is reported on standard error with its line number; the other lines
are still assessed. The exit status is 0 when every line was assessed, 1 when some failed, 2 for a wrong call.

Example:
  echo '{"id":"1","text":"Ihr Service ist eine Katastrophe!"}' | gelassen assess --lang de`;

/** The line the command line prints for one comment: the fields the issue fixes, reasons in words. */
export function outputLine(id: string, assessment: Assessment, language: CliLanguage) {
  const said = (reasons: Assessment["reasons"]) =>
    reasons.map((reason) => ({ ...reason, text: reasonText(reason, language) }));
  return {
    id,
    language: assessment.language,
    tone: assessment.tone,
    toxicity: assessment.scores.toxicity,
    offensive: assessment.offensive,
    violations: assessment.violations.map(({ kind, evidence }) => ({ kind, evidence })),
    verdict: assessment.verdict,
    reasons: said(assessment.reasons),
    role: assessment.role,
    roleReasons: said(assessment.roleReasons),
    intent: assessment.intent,
    priority: assessment.priority,
    replyNeeded: assessment.replyNeeded,
    replyReasons: said(assessment.replyReasons),
  };
}

function assessOne(comment: InputComment, company: string): Assessment {
  return assessComment(snapshotOfInput(comment), { companyName: company });
}

export const assess: Command = {
  name: "assess",
  summary: "judge comments (JSON Lines or CSV): tone, violations, deletion verdict, role, priority",
  help: HELP,
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, flags, positional } = parseOptions(args, {
      values: ["csv", "column", "id-column", "company", "lang"],
      flags: ["help"],
    });
    if (flags.has("help")) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const language = languageOption(values);
    const records = commentRecords(values, positional, io);
    const company = values.get("company") ?? "";
    return eachComment(records, io, { command: "assess", failure: "could not be assessed" }, (comment) =>
      outputLine(comment.id, assessOne(comment, company), language),
    );
  },
};
