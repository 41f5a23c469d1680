import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import * as z from "zod/mini";
import { Author } from "../shared/comment";
import { describeIssues } from "../shared/messages";
import { SiteId } from "../shared/sites";
import { UsageError } from "./command";
import { csvRows } from "./csv-rows";
import { readableFile } from "./files";
import { inputLines } from "./lines";

/**
 * What `gelassen` reads: JSON Lines (`{"id": …, "text": …, "site"?, "author"?, "threadOwner"?}`) or a CSV export. Each record is
 * either a comment or a message saying, by line number, why it cannot be one.
 */
export interface InputComment {
  id: string;
  text: string;
  site?: z.infer<typeof SiteId>;
  author?: Partial<z.infer<typeof Author>>;
  threadOwner?: string;
}

/** A comment read with a `warning` (bytes that are not UTF-8) is still answered; the warning goes to stderr. */
export type InputRecord = { line: number; comment: InputComment; warning?: string } | { line: number; error: string };

const Line = z.object({
  id: z.union([z.string().check(z.minLength(1), z.maxLength(300)), z.number()]),
  text: z.string(),
  site: z.optional(SiteId),
  author: z.optional(z.partial(Author)),
  threadOwner: z.optional(z.string().check(z.maxLength(300))),
});

export function readJsonLine(raw: string, line: number): InputRecord | undefined {
  if (!raw.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { line, error: `line ${line}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { line, error: `line ${line}: expected an object like {"id": "1", "text": "…"}` };
  }
  const object = value as { text?: unknown; id?: unknown };
  if (object.text === undefined) return { line, error: `line ${line}: has no "text" (a string)` };
  if (typeof object.text !== "string") return { line, error: `line ${line}: text must be a string` };
  if (object.id === undefined) return { line, error: `line ${line}: has no "id"` };
  if (typeof object.id !== "string" && typeof object.id !== "number") {
    return { line, error: `line ${line}: id must be a string or a number` };
  }
  const parsed = z.safeParse(Line, value);
  if (!parsed.success) return { line, error: `line ${line}: ${describeIssues(parsed.error)}` };
  const { id, text, site, author, threadOwner } = parsed.data;
  return { line, comment: { id: String(id), text, site, author, threadOwner } };
}

/** Reads JSON Lines from a file or standard input one line at a time, so any size of input works. */
export async function* jsonLines(source: string | undefined, stdin: Readable): AsyncGenerator<InputRecord> {
  const stream = source && source !== "-" ? createReadStream(readableFile(source)) : stdin;
  for await (const { line, text, validUtf8 } of inputLines(stream)) {
    const record = readJsonLine(line === 1 ? text.replace(/^\uFEFF/, "") : text, line);
    if (record && !validUtf8 && "comment" in record) record.warning = notUtf8(line);
    if (record) yield record;
  }
}

export function notUtf8(line: number): string {
  return `line ${line}: has bytes that are not UTF-8; they were read as \uFFFD`;
}

/** The same for a CSV row, whose quoted text may span lines. */
function notUtf8Lines(lines: readonly number[]): string {
  return lines.length === 1
    ? notUtf8(lines[0] as number)
    : `lines ${lines.join(", ")}: have bytes that are not UTF-8; they were read as \uFFFD`;
}

/** What is said about a row whose quoting is broken: its lines, and that the lines after its first are read again. */
function brokenRow(row: { line: number; lastLine: number; broken: "never-closed" | "text-after-quote" }): string {
  const why =
    row.broken === "never-closed"
      ? "a quote opened in this row is never closed"
      : `a quote opened in this row is not closed at its end (the quoted text would run over lines ${row.line}–${row.lastLine})`;
  const after = row.lastLine > row.line ? `; lines ${row.line + 1}–${row.lastLine} are read as rows of their own` : "";
  return `line ${row.line}: ${why}, so the row is skipped${after}`;
}

/**
 * Reads a CSV export with a header row, streamed (see csv-rows.ts); `column` holds the text, `idColumn` (if
 * present) the id, else the row's number.
 */
export async function* csvRecords(file: string, column: string, idColumn: string): AsyncGenerator<InputRecord> {
  let header: string[] | undefined;
  let index = 0;
  for await (const row of csvRows(inputLines(createReadStream(readableFile(file))))) {
    if (!header) {
      if ("broken" in row) throw new UsageError(`${file}: the header row (line ${row.line}) has a broken quote`);
      header = row.fields.map((name, at) => (at === 0 && row.line === 1 ? name.replace(/^\uFEFF/, "") : name));
      if (!header.includes(column)) {
        throw new UsageError(
          `${file} has no column "${column}" (it has: ${header.join(", ")}); choose one with --column`,
        );
      }
      continue;
    }
    index++;
    if ("broken" in row) {
      yield { line: row.line, error: brokenRow(row) };
      continue;
    }
    const text = row.fields[header.indexOf(column)];
    if (text === undefined || !text.trim()) {
      yield { line: row.line, error: `line ${row.line}: the "${column}" column is empty` };
      continue;
    }
    const idAt = header.indexOf(idColumn);
    const id = (idAt >= 0 ? row.fields[idAt]?.trim() : undefined) || String(index);
    const record: InputRecord = { line: row.line, comment: { id, text } };
    if (row.notUtf8.length) record.warning = notUtf8Lines(row.notUtf8);
    yield record;
  }
}
