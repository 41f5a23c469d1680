import type { DeletionEntry } from "../shared/monitor";

export const CSV_COLUMNS = [
  "time",
  "site",
  "url",
  "author",
  "action",
  "verdict",
  "overrode",
  "violations",
  "reasons",
  "text",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * A cell as RFC 4180 wants it, and defused: a cell starting with = + - @ (or a tab/CR) would run as a formula
 * in a spreadsheet, so it gets a leading apostrophe. Comment text is written by strangers.
 */
function cell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

function row(entry: DeletionEntry): Record<CsvColumn, string> {
  return {
    time: new Date(entry.at).toISOString(),
    site: entry.site,
    url: entry.url,
    author: entry.author,
    action: entry.action,
    verdict: entry.verdict,
    overrode: entry.overrode ? "yes" : "no",
    violations: entry.violations.join(" "),
    reasons: entry.reasons.map((reason) => reason.code).join(" "),
    text: entry.text,
  };
}

/** The deletion log as CSV (UTF-8 with BOM and CRLF, which spreadsheets open without an import dialog). */
export function deletionsToCsv(entries: readonly DeletionEntry[], headers: Record<CsvColumn, string>): string {
  const lines = [CSV_COLUMNS.map((column) => cell(headers[column]))];
  for (const entry of entries) {
    const values = row(entry);
    lines.push(CSV_COLUMNS.map((column) => cell(values[column])));
  }
  return `\uFEFF${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

export function deletionsToJson(entries: readonly DeletionEntry[]): string {
  return `${JSON.stringify({ format: "gelassen-deletion-log", version: 1, entries }, null, 2)}\n`;
}
