import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { assessComment } from "../../analysis";
import { snapshotOf } from "../../analysis/snapshot";
import { composeReplies } from "../../replies";
import { DEFAULT_GUIDELINES, type Guidelines } from "../../shared/guidelines";
import { parseGuidelinesImport } from "../../shared/guidelines-import";
import { type Command, type Io, parseOptions, UsageError } from "../command";
import { csvRecords, type InputComment, type InputRecord, jsonLines } from "../input";
import { outputLine } from "./assess";

const HELP = `gelassen suggest — calm reply suggestions for comments, on this computer: two or three per comment, each
following a different strategy for the sender's role and tone, in the comment's language, within the site's
length limit, each checked by the same draft check as "gelassen check-draft". Nothing leaves the machine.

Usage:
  gelassen suggest [FILE]                      JSON Lines from FILE, or standard input without FILE (or with -)
  gelassen suggest --csv FILE [--column text]  a CSV export with a header row

Input lines are those of "gelassen assess": "id" and "text", optionally "site" ("facebook", "x", "linkedin";
default facebook) and "author" ({"name": "Anna Schmidt", ...}: replies greet by name where one is known).
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
  if (!existsSync(file)) throw new UsageError(`no such guidelines file: ${file}`);
  const result = parseGuidelinesImport(readFileSync(file, "utf8"));
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

function snapshot(comment: InputComment) {
  const more: Parameters<typeof snapshotOf>[1] = { id: comment.id };
  if (comment.site) more.site = comment.site;
  if (comment.author) more.author = comment.author;
  return snapshotOf(comment.text, more);
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
    const language = values.get("lang") ?? "en";
    if (language !== "en" && language !== "de") throw new UsageError(`--lang must be en or de, not "${language}"`);
    if (positional.length > 1) throw new UsageError("give at most one FILE");
    const csv = values.get("csv");
    if (csv && positional.length) throw new UsageError("give either FILE or --csv FILE, not both");
    if (!csv && (values.has("column") || values.has("id-column")))
      throw new UsageError("--column and --id-column need --csv");
    const loaded = loadGuidelinesOption(values.get("guidelines"));
    const company = values.get("company");
    const guidelines = company === undefined ? loaded : { ...loaded, companyName: company };
    const uiLanguage: "de" | "en" = language;
    const options = { now: timeOption(values.get("now")), timeZone: zoneOption(values.get("time-zone")), uiLanguage };
    const records: AsyncIterable<InputRecord> | Iterable<InputRecord> = csv
      ? csvRecords(csv, values.get("column") ?? "text", values.get("id-column") ?? "id")
      : jsonLines(positional[0], io.stdin);
    let failed = 0;
    for await (const record of records) {
      if ("error" in record) {
        failed++;
        io.stderr.write(`gelassen suggest: ${record.error}\n`);
        continue;
      }
      const comment = snapshot(record.comment);
      const assessment = assessComment(comment, guidelines);
      const { id: _id, ...said } = outputLine(record.comment.id, assessment, language);
      const suggestions = composeReplies(comment, assessment, guidelines, options).map(({ text, strategy, check }) => ({
        text,
        strategy,
        check,
      }));
      const line = JSON.stringify({ id: record.comment.id, assessment: said, suggestions });
      // Respect back-pressure, as "assess" does: a large input never piles up in memory.
      if (!io.stdout.write(`${line}\n`)) await once(io.stdout, "drain");
    }
    if (failed) io.stderr.write(`gelassen suggest: ${failed} line${failed === 1 ? "" : "s"} could not be answered\n`);
    return failed ? 1 : 0;
  },
};
