import { createReadStream, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import * as z from "zod/mini";
import { Author } from "../shared/comment";
import { describeIssues } from "../shared/messages";
import { SiteId } from "../shared/sites";
import { UsageError } from "./command";
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

/** Reads a CSV export with a header row; `column` holds the text, `idColumn` (if present) the id. */
export function* csvRecords(file: string, column: string, idColumn: string): Generator<InputRecord> {
  readableFile(file);
  let rows: Array<{ record: { [name: string]: string }; info: { lines: number } }>;
  try {
    rows = parse(readFileSync(file, "utf8"), {
      columns: true,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new UsageError(`${file} is not readable as CSV: ${(error as Error).message}`);
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  if (rows.length && !header.includes(column)) {
    throw new UsageError(`${file} has no column "${column}" (it has: ${header.join(", ")}); choose one with --column`);
  }
  for (const [index, { record, info }] of rows.entries()) {
    const text = record[column];
    if (text === undefined || !text.trim()) {
      yield { line: info.lines, error: `line ${info.lines}: the "${column}" column is empty` };
      continue;
    }
    yield { line: info.lines, comment: { id: record[idColumn]?.trim() || String(index + 1), text } };
  }
}
