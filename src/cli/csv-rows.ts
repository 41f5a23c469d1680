import { parse } from "csv-parse/sync";
import type { InputLine } from "./lines";

/**
 * The rows of a CSV stream, read one physical line at a time (see lines.ts), so a file of any size is never held
 * whole and every row knows the exact line it starts on, however many quoted line breaks came before it.
 *
 * A row whose quoting is broken (a quote never closed, or text after a closing quote) is reported and skipped,
 * and the lines after its first are read again as rows of their own: one stray quote costs its own row, not every
 * row after it.
 */
export type CsvRow =
  | { line: number; fields: string[]; notUtf8: number[] }
  | { line: number; lastLine: number; broken: "never-closed" | "text-after-quote" };

/**
 * A quoted field may hold line breaks, but one that runs on longer than this is taken for a quote never closed:
 * the lines held while waiting for the closing quote stay bounded.
 */
export const MAX_ROW_LINES = 2_000;
const MAX_ROW_CHARACTERS = 4_000_000;

type Scan = { inQuotes: boolean; fieldStart: boolean; justClosed: boolean; textAfterQuote: boolean };

/** Follows the quoting of one physical line: is the row still inside a quoted field at its end? */
function scanLine(text: string, scan: Scan): void {
  if (!scan.inQuotes && !text.includes('"')) return;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (scan.inQuotes) {
      if (char !== '"') continue;
      if (text[index + 1] === '"') index++;
      else {
        scan.inQuotes = false;
        scan.justClosed = true;
      }
      continue;
    }
    if (scan.justClosed && char !== ",") scan.textAfterQuote = true;
    scan.justClosed = false;
    if (char === ",") {
      scan.fieldStart = true;
    } else {
      // A quote counts only at the start of a field; elsewhere it is part of the text (csv-parse's relax_quotes).
      if (char === '"' && scan.fieldStart) scan.inQuotes = true;
      scan.fieldStart = false;
    }
  }
}

/**
 * The fields of one complete row whose quotes all close before a comma or the row's end (scanLine made sure),
 * as csv-parse reads them, in one pass: csv-parse's own parser costs a tenth of a millisecond to set up per call,
 * which is minutes over a million rows.
 */
export function splitFields(text: string): string[] {
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    if (text[index] === '"') {
      let value = "";
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return [...fields, value + text.slice(from)];
        value += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          index = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      fields.push(value);
      if (index >= text.length) return fields;
      index++;
    } else {
      const comma = text.indexOf(",", index);
      if (comma < 0) return [...fields, text.slice(index)];
      fields.push(text.slice(index, comma));
      index = comma + 1;
    }
  }
}

/** A row with text after a closing quote, on one line: read as csv-parse's relax_quotes does (`"Great" product`). */
function relaxedFields(text: string): string[] | undefined {
  try {
    const rows = parse(text, { relax_quotes: true, relax_column_count: true }) as string[][];
    return rows[0] ?? [];
  } catch {
    return undefined;
  }
}

export async function* csvRows(lines: AsyncIterable<InputLine>): AsyncGenerator<CsvRow> {
  const source = lines[Symbol.asyncIterator]();
  /** Lines to read again (those after a broken row's first), before any new line from the stream. */
  let again: InputLine[] = [];
  let againAt = 0;
  const next = async (): Promise<InputLine | undefined> => {
    const line = again[againAt];
    if (line) {
      againAt++;
      return line;
    }
    const result = await source.next();
    return result.done ? undefined : result.value;
  };
  let held: InputLine[] = [];
  let characters = 0;
  const scan: Scan = { inQuotes: false, fieldStart: true, justClosed: false, textAfterQuote: false };
  // Called only while a row is held, so `held` has a first line.
  const broken = (kind: "never-closed" | "text-after-quote"): CsvRow => {
    const [first, ...rest] = held as [InputLine, ...InputLine[]];
    const row: CsvRow = { line: first.line, lastLine: held.at(-1)?.line ?? first.line, broken: kind };
    again = [...rest, ...again.slice(againAt)];
    againAt = 0;
    held = [];
    characters = 0;
    return row;
  };
  for (;;) {
    const line = await next();
    if (!line) {
      if (!held.length) return;
      // The stream ended inside a quoted field: the lines after that row's first are read again as rows.
      yield broken("never-closed");
      continue;
    }
    if (!held.length) {
      if (!line.text.trim()) continue;
      Object.assign(scan, { inQuotes: false, fieldStart: true, justClosed: false, textAfterQuote: false });
    }
    scan.justClosed = false;
    held.push(line);
    characters += line.text.length + 1;
    scanLine(line.text, scan);
    if (scan.inQuotes) {
      if (held.length >= MAX_ROW_LINES || characters >= MAX_ROW_CHARACTERS) yield broken("never-closed");
      continue;
    }
    // Text after the closing quote of a field that ran over lines: the quote most likely swallowed the rows after
    // it, and the row is broken. On one line, it is read as it stands.
    const text = held.length === 1 ? line.text : held.map((each) => each.text).join("\n");
    const fields = !scan.textAfterQuote ? splitFields(text) : held.length === 1 ? relaxedFields(text) : undefined;
    if (!fields) {
      yield broken("text-after-quote");
      continue;
    }
    yield {
      line: (held[0] as InputLine).line,
      fields,
      notUtf8: held.filter((each) => !each.validUtf8).map((each) => each.line),
    };
    held = [];
    characters = 0;
  }
}
