import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { callCli } from "../../tests/unit/cli-call";
import { MAX_TEXT_LENGTH } from "../shared/comment";
import { run } from "./main";

const call = callCli;

const folder = mkdtempSync(join(tmpdir(), "gelassen-edges-"));

describe("the command line at its edges", () => {
  it("calls a directory a directory, with the exit status of a wrong call", async () => {
    for (const args of [
      ["assess", folder],
      ["suggest", "--csv", folder],
      ["check-draft", "--guidelines", folder],
    ]) {
      const { status, err } = await call(args, "Danke!");
      expect(err).toContain(`${folder} is a directory`);
      expect(status).toBe(2);
    }
  });

  it("refuses an empty draft instead of passing it", async () => {
    for (const draft of ["", "  \n\t\n"]) {
      const { status, err } = await call(["check-draft"], draft);
      expect(err).toContain("the draft is empty");
      expect(status).toBe(2);
    }
  });

  it("names the field whose type is wrong", async () => {
    const input = ['{"id":"1","text":42}', '{"id":{},"text":"Danke"}', '{"id":[1],"text":"Danke"}'].join("\n");
    const { status, err, lines } = await call(["assess"], input);
    expect(err).toContain("line 1: text must be a string");
    expect(err).toContain("line 2: id must be a string or a number");
    expect(err).toContain("line 3: id must be a string or a number");
    expect(lines).toEqual([]);
    expect(status).toBe(1);
  });

  it("cuts a text to the extension's limit and says so, with the line", async () => {
    const long = "Seit drei Wochen warte ich auf mein Paket. ".repeat(50_000);
    const input = [
      { id: "ok", text: "Danke!" },
      { id: "long", text: long },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    for (const command of ["assess", "suggest"]) {
      const started = performance.now();
      const { status, err, lines } = await call([command], input);
      expect(lines.map((line) => line.id)).toEqual(["ok", "long"]);
      expect(err).toContain(`line 2: the text has ${long.length} characters; only the first ${MAX_TEXT_LENGTH}`);
      expect(err).not.toContain("line 1:");
      expect(status).toBe(0);
      // A generous bound: it catches quadratic blow-ups (seconds), not a busy machine (milliseconds).
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    const draft = await call(["check-draft", "--lang", "de"], long);
    expect(draft.err).toContain(`the draft has ${long.length} characters`);
    expect(draft.lines[0].length).toBe(MAX_TEXT_LENGTH);
  });
});

describe("input that is not UTF-8", () => {
  const bytes = (...parts: Array<string | number[]>) =>
    Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

  async function callBytes(args: string[], input: Buffer) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks = { out: "", err: "" };
    stdout.on("data", (chunk) => (chunks.out += chunk));
    stderr.on("data", (chunk) => (chunks.err += chunk));
    // Two chunks split inside "ü": a character cut between chunks is still read whole.
    const middle = input.indexOf(Buffer.from("ü")) + 1;
    const stdin = Readable.from([input.subarray(0, middle), input.subarray(middle)]);
    const status = await run(args, { stdin, stdout, stderr });
    return { status, err: chunks.err, out: chunks.out };
  }

  it("is warned about by line, and the lines are still read", async () => {
    const input = bytes(
      '{"id":"1","text":"Grüße"}\r\n{"id":"2","text":"Fehler ',
      [0xff, 0xfe],
      '"}\n{"id":"3","text":"ok"}',
    );
    const { status, err, out } = await callBytes(["assess"], input);
    expect(err).toBe("gelassen assess: line 2: has bytes that are not UTF-8; they were read as \uFFFD\n");
    expect(
      out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual(["1", "2", "3"]);
    expect(status).toBe(0);
  });

  it("is warned about in a draft, by its line", async () => {
    const { err } = await callBytes(["check-draft", "--lang", "de"], bytes("Hallo Anna, grüße\nund ", [0xc3], "\n"));
    expect(err).toContain("line 2: has bytes that are not UTF-8");
    expect(err).not.toContain("line 1:");
  });
});
