import { once } from "node:events";
import { snapshotOf } from "../analysis/snapshot";
import { type CommentSnapshot, MAX_TEXT_LENGTH } from "../shared/comment";
import { type Io, UsageError } from "./command";
import { csvRecords, type InputComment, type InputRecord, jsonLines } from "./input";

/** The comments a command reads: FILE or standard input as JSON Lines, or `--csv FILE --column …`. */
export function commentRecords(
  values: ReadonlyMap<string, string>,
  positional: readonly string[],
  io: Io,
): AsyncIterable<InputRecord> | Iterable<InputRecord> {
  if (positional.length > 1) throw new UsageError("give at most one FILE");
  const csv = values.get("csv");
  if (csv && positional.length) throw new UsageError("give either FILE or --csv FILE, not both");
  if (!csv && (values.has("column") || values.has("id-column"))) {
    throw new UsageError("--column and --id-column need --csv");
  }
  return csv
    ? csvRecords(csv, values.get("column") ?? "text", values.get("id-column") ?? "id")
    : jsonLines(positional[0], io.stdin);
}

/** `--lang`: the language of the messages a command writes. */
export function languageOption(values: ReadonlyMap<string, string>): "en" | "de" {
  const language = values.get("lang") ?? "en";
  if (language !== "en" && language !== "de") throw new UsageError(`--lang must be en or de, not "${language}"`);
  return language;
}

export function snapshotOfInput(comment: InputComment): CommentSnapshot {
  const more: Parameters<typeof snapshotOf>[1] = { id: comment.id };
  if (comment.site) more.site = comment.site;
  if (comment.author) more.author = comment.author;
  if (comment.threadOwner) more.threadOwner = comment.threadOwner;
  return snapshotOf(comment.text, more);
}

/**
 * A comment cut to the extension's limit, said on standard error: the extension reads no more of a comment
 * either, and the analysis and the replies stay fast whatever arrives.
 */
function withinLimit(comment: InputComment, line: number, io: Io, command: string): InputComment {
  if (comment.text.length <= MAX_TEXT_LENGTH) return comment;
  io.stderr.write(`gelassen ${command}: ${limitNotice(`line ${line}: the text`, comment.text.length)}\n`);
  return { ...comment, text: comment.text.slice(0, MAX_TEXT_LENGTH) };
}

/** What is said when a text is cut: where, how long it was, and the limit. */
export function limitNotice(what: string, length: number): string {
  return `${what} has ${length} characters; only the first ${MAX_TEXT_LENGTH} are read, as in the extension`;
}

/**
 * Writes one JSON line per readable comment, in input order; a line that cannot be read is reported on standard
 * error with its number and the others go on. Answers the exit status: 1 if any line failed.
 */
export async function eachComment(
  records: AsyncIterable<InputRecord> | Iterable<InputRecord>,
  io: Io,
  who: { command: string; failure: string },
  answer: (comment: InputComment) => unknown,
): Promise<number> {
  let failed = 0;
  for await (const record of records) {
    if ("error" in record) {
      failed++;
      io.stderr.write(`gelassen ${who.command}: ${record.error}\n`);
      continue;
    }
    if (record.warning) io.stderr.write(`gelassen ${who.command}: ${record.warning}\n`);
    const comment = withinLimit(record.comment, record.line, io, who.command);
    // Respect back-pressure, so a million lines piped into a slow reader never pile up in memory.
    if (!io.stdout.write(`${JSON.stringify(answer(comment))}\n`)) await once(io.stdout, "drain");
  }
  if (failed) io.stderr.write(`gelassen ${who.command}: ${failed} line${failed === 1 ? "" : "s"} ${who.failure}\n`);
  return failed ? 1 : 0;
}
