import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { callCli } from "../../tests/unit/cli-call";
import { type CsvRow, csvRows, MAX_ROW_LINES, splitFields } from "./csv-rows";
import type { InputLine } from "./lines";
import { run } from "./main";

const folder = mkdtempSync(join(tmpdir(), "gelassen-csv-"));
let files = 0;

/** A CSV file with these lines (LF), or these bytes. */
function csvFile(content: string | Buffer): string {
  const path = join(folder, `export-${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

const ids = (lines: Array<{ id: string }>) => lines.map((line) => line.id);

describe("a CSV export", () => {
  it("names the exact line a row starts on, however many quoted line breaks come before it", async () => {
    const file = csvFile(
      [
        "id,text",
        '1,"Seit drei Wochen',
        "warte ich",
        'auf mein Paket."',
        "2,",
        '3,"',
        '  "',
        '4,"Danke!"',
        "5,   ",
      ].join("\n"),
    );
    const { status, err, lines } = await callCli(["assess", "--csv", file]);
    expect(ids(lines)).toEqual(["1", "4"]);
    expect(err.match(/line \d+: the "text" column is empty/g)).toEqual([
      'line 5: the "text" column is empty',
      'line 6: the "text" column is empty',
      'line 9: the "text" column is empty',
    ]);
    expect(status).toBe(1);
  });

  it("loses only the row of a quote that is not closed, says which, and reads the rows after it", async () => {
    const file = csvFile(
      [
        "id,text",
        '1,"Danke für die schnelle Hilfe"',
        '2,"Ihr Service ist eine Katastrophe',
        "3,Schönes Foto",
        '4,"Zweizeilig,',
        'und gut"',
        "5,Weiter so",
      ].join("\n"),
    );
    const { status, err, lines } = await callCli(["assess", "--csv", file]);
    expect(ids(lines)).toEqual(["1", "3", "4", "5"]);
    expect(lines[2].id).toBe("4");
    expect(err).toContain(
      "line 3: a quote opened in this row is not closed at its end (the quoted text would run over lines 3–5), so the row is skipped; lines 4–5 are read as rows of their own",
    );
    expect(err.match(/line \d+:/g)).toEqual(["line 3:"]);
    expect(status).toBe(1);
  });

  it("loses only the row of a quote never closed before the end of the file", async () => {
    const file = csvFile(["id,text", "1,Gut", '2,"Kaputt', "3,Auch gut", "4,Prima", ""].join("\r\n"));
    const { status, err, lines } = await callCli(["suggest", "--csv", file]);
    expect(ids(lines)).toEqual(["1", "3", "4"]);
    expect(err).toContain(
      "line 3: a quote opened in this row is never closed, so the row is skipped; lines 4–5 are read as rows of their own",
    );
    expect(status).toBe(1);
    const last = csvFile('id,text\n1,Gut\n2,"Kaputt');
    const alone = await callCli(["assess", "--csv", last]);
    expect(ids(alone.lines)).toEqual(["1"]);
    expect(alone.err).toContain("line 3: a quote opened in this row is never closed, so the row is skipped\n");
  });

  it("reads quotes inside a field as text, and a quoted field's doubled quotes as one", async () => {
    const file = csvFile(
      ["id,text", '1,Das "beste" Angebot', '2,"Sie sagte ""nie wieder"""', '3,"Toll" sagt er'].join("\n"),
    );
    const { status, err, lines } = await callCli(["assess", "--csv", file]);
    expect(ids(lines)).toEqual(["1", "2", "3"]);
    expect(err).toBe("");
    expect(status).toBe(0);
  });

  it("warns about bytes that are not UTF-8 by their line, and still reads the row", async () => {
    const file = csvFile(
      Buffer.concat([
        Buffer.from('id,text\n1,"Zwei\nZeilen ', "utf8"),
        Buffer.from([0xff]),
        Buffer.from('"\n2,Grüße\n', "utf8"),
      ]),
    );
    const { status, err, lines } = await callCli(["assess", "--csv", file]);
    expect(ids(lines)).toEqual(["1", "2"]);
    expect(err).toBe("gelassen assess: line 3: has bytes that are not UTF-8; they were read as \uFFFD\n");
    expect(status).toBe(0);
  });

  it("says which column is missing and refuses a broken header", async () => {
    expect((await callCli(["assess", "--csv", csvFile("nr,kommentar\n1,ok\n")])).err).toContain(
      'has no column "text" (it has: nr, kommentar)',
    );
    const broken = await callCli(["assess", "--csv", csvFile('"id,text\n1,ok\n')]);
    expect(broken.err).toContain("the header row (line 1) has a broken quote");
    expect(broken.status).toBe(2);
  });

  // A named pipe is a file that is never whole. The writer sends the second row only once the first is answered
  // (or, if never, after 20 s with another id), so a reader that waits for the whole file gets "late".
  it.skipIf(process.platform === "win32")(
    "is read as a stream, row by row",
    async () => {
      const pipe = join(folder, "live.csv");
      execFileSync("mkfifo", [pipe]);
      const writer = spawn(
        "bash",
        [
          "-c",
          'exec 3>"$1"; printf "id,text\\n1,Danke!\\n" >&3; if read -r -t 20; then id=early; else id=late; fi; printf "%s,Foto\\n" "$id" >&3',
          "writer",
          pipe,
        ],
        { stdio: ["pipe", "ignore", "inherit"] },
      );
      const stdout = new PassThrough();
      let out = "";
      stdout.on("data", (chunk) => {
        out += chunk;
        if (out.includes('"id":"1"')) writer.stdin.end("go\n");
      });
      const status = await run(["assess", "--csv", pipe], {
        stdin: Readable.from([]),
        stdout,
        stderr: new PassThrough(),
      });
      expect(status).toBe(0);
      expect(
        ids(
          out
            .trim()
            .split("\n")
            .map((line) => JSON.parse(line)),
        ),
      ).toEqual(["1", "early"]);
    },
    30_000,
  );
});

describe("csvRows", () => {
  async function* linesOf(texts: string[]): AsyncGenerator<InputLine> {
    for (const [index, text] of texts.entries()) yield { line: index + 1, text, validUtf8: true };
  }

  it("holds at most MAX_ROW_LINES lines waiting for a closing quote, then reads them again as rows", async () => {
    const rows: CsvRow[] = [];
    const texts = [
      "id,text",
      '1,"never closed',
      ...Array.from({ length: MAX_ROW_LINES + 100 }, (_, i) => `${i + 2},ok`),
    ];
    for await (const row of csvRows(linesOf(texts))) rows.push(row);
    expect(rows[1]).toEqual({ line: 2, lastLine: MAX_ROW_LINES + 1, broken: "never-closed" });
    // Every line after the broken one is a row of its own, once.
    expect(rows.slice(2).map((row) => row.line)).toEqual(Array.from({ length: MAX_ROW_LINES + 100 }, (_, i) => i + 3));
  });

  it.each([
    "1,Danke",
    "2,",
    ",",
    "a,,b,",
    '3,"Ja, genau"',
    '"4","Sie sagte ""nie""",x',
    '5,"a\nb",""',
    '6,Das "beste" Angebot',
    '7, "x",y',
    '""""',
  ])("splits %j into the same fields as csv-parse", (row) => {
    expect(splitFields(row)).toEqual(parse(row, { relax_quotes: true, relax_column_count: true })[0]);
  });
});
