import { readFileSync } from "node:fs";
import { assessComment } from "../../analysis";
import { composeReplies } from "../../replies";
import { DEFAULT_GUIDELINES, type Guidelines } from "../../shared/guidelines";
import { parseGuidelinesImport } from "../../shared/guidelines-import";
import { type Command, type Io, parseOptions, UsageError } from "../command";
import { commentRecords, eachComment, languageOption, snapshotOfInput } from "../each-comment";
import { readableFile } from "../files";
import { outputLine } from "./assess";

const HELP = `gelassen suggest — calm reply suggestions for comments, on this computer: two or three per comment, each
following a different strategy for the sender's role and tone, in the comment's language, within the site's
length limit, each checked by the same draft check as "gelassen check-draft". Nothing leaves the machine.

Usage:
  gelassen suggest [FILE]                      JSON Lines from FILE, or standard input without FILE (or with -)
  gelassen suggest --csv FILE [--column text]  a CSV export with a header row

Input lines are those of "gelassen assess": "id" and "text", optionally "site" ("facebook", "x", "linkedin";
default facebook), "author" ({"name": "Anna Schmidt", ...}: replies greet by name where one is known) and
"threadOwner" (the account that owns the post).
Each output line is one JSON object, in input order:
  {"id", "assessment", "suggestions": [{"text", "strategy", "check"}]}
"assessment" has the fields of "gelassen assess". A suggestion's "check" has "ok", "calm", "language", "length",
"limit" and "findings" (code, severity, start, end, text). Strategy "do-not-reply" has empty text: it is the
advice not to answer (a troll, spam), not a reply. "[add your answer]" / "[Antwort ergänzen]" in an answer frame
marks what you fill in before posting. Saved replies from the guidelines follow as strategy "saved-reply".

Options:
  --guidelines FILE   the company's guidelines as exported by the options page (JSON); every wrong field is
                      named and nothing is used until the file is right. Default: Gelassen's defaults.
  --company NAME      the company's name (overrides the guidelines' one)
  --lang en|de        language of the reasons' texts, and of replies to comments in an unknown language when the
                      guidelines say "ui" (default: en)
  --now ISO-TIME      the time holding replies count their deadline from (default: now)
  --time-zone ZONE    the time zone deadlines are said in, e.g. Europe/Berlin (default: this computer's)
  --csv FILE, --column NAME, --id-column NAME   as for "gelassen assess"
  --help              this text

The exit status is 0 when every line was answered, 1 when some lines failed, 2 for a wrong call (including a
guidelines file with errors).

Example:
  echo '{"id":"1","text":"Seit drei Wochen warte ich auf mein Paket!","author":{"name":"Anna"}}' | gelassen suggest`;

/** Reads `--guidelines FILE`: all or nothing, every wrong field named (a usage error, so the exit status is 2). */
export function loadGuidelinesOption(file: string | undefined): Guidelines {
  if (file === undefined) return DEFAULT_GUIDELINES;
  const result = parseGuidelinesImport(readFileSync(readableFile(file, "guidelines file"), "utf8"));
  if (!result.ok) {
    throw new UsageError(`${file} has errors, nothing was used:\n${result.errors.map((e) => `  ${e}`).join("\n")}`);
  }
  return result.value;
}

function timeOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime()))
    throw new UsageError(`--now must be a time like 2025-06-02T10:00:00Z, not "${value}"`);
  return time;
}

function zoneOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
  } catch {
    throw new UsageError(`--time-zone must be a time zone like Europe/Berlin, not "${value}"`);
  }
  return value;
}

export const suggest: Command = {
  name: "suggest",
  summary: "calm reply suggestions per comment (JSON Lines or CSV), each checked against the guidelines",
  help: HELP,
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, flags, positional } = parseOptions(args, {
      values: ["guidelines", "company", "lang", "now", "time-zone", "csv", "column", "id-column"],
      flags: ["help"],
    });
    if (flags.has("help")) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const language = languageOption(values);
    const records = commentRecords(values, positional, io);
    const loaded = loadGuidelinesOption(values.get("guidelines"));
    const company = values.get("company");
    const guidelines = company === undefined ? loaded : { ...loaded, companyName: company };
    const uiLanguage: "de" | "en" = language;
    const options = { now: timeOption(values.get("now")), timeZone: zoneOption(values.get("time-zone")), uiLanguage };
    return eachComment(records, io, { command: "suggest", failure: "could not be answered" }, (input) => {
      const comment = snapshotOfInput(input);
      const assessment = assessComment(comment, guidelines);
      const { id: _id, ...said } = outputLine(input.id, assessment, language);
      const suggestions = composeReplies(comment, assessment, guidelines, options).map(({ text, strategy, check }) => ({
        text,
        strategy,
        check,
      }));
      return { id: input.id, assessment: said, suggestions };
    });
  },
};
