import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { callCli } from "../../tests/unit/cli-call";

const call = callCli;

const FIELDS = [
  "id",
  "language",
  "tone",
  "toxicity",
  "offensive",
  "violations",
  "verdict",
  "reasons",
  "role",
  "roleReasons",
  "intent",
  "priority",
  "replyNeeded",
  "replyReasons",
];

describe("gelassen assess", () => {
  it("writes one line per input line, in order, with exactly the agreed fields", async () => {
    const input = [
      { id: "a", text: "Ihr Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht" },
      { id: "b", text: "You are a complete moron", site: "x" },
      {
        id: 3,
        text: "Typo in your post: it's spelled 'definitely'. Thanks!",
        author: { verified: true, badges: ["Top Voice"] },
      },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const { status, lines, err } = await call(["assess"], input);
    expect(err).toBe("");
    expect(status).toBe(0);
    expect(lines.map((line) => line.id)).toEqual(["a", "b", "3"]);
    for (const line of lines) expect(Object.keys(line)).toEqual(FIELDS);
    expect(lines.map((line) => line.verdict)).toEqual(["keep", "may-delete", "keep"]);
    expect(lines[1].violations).toEqual([{ kind: "insult", evidence: ["moron"] }]);
    expect(lines[1].reasons[0]).toMatchObject({ code: "violation-insult", text: "Personal insult: moron" });
    expect(typeof lines[0].toxicity).toBe("number");
  });

  it("reads who owns the post, so a reply that opens with the company's handle is owed an answer", async () => {
    const text = "@TeamTube where do I find the new settings?";
    const input = [
      { id: "owner", text, threadOwner: "TeamTube" },
      { id: "other", text },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const { status, lines } = await call(["assess"], input);
    expect(status).toBe(0);
    expect(lines.map((line) => [line.intent.addressedTo, line.replyNeeded])).toEqual([
      ["company", true],
      ["commenter", false],
    ]);
  });

  it("reports bad lines by number, assesses the rest and exits with 1", async () => {
    const input = [
      '{"id":"1","text":"Danke!"}',
      "{not json",
      '{"id":"3"}',
      '{"id":"4","text":42}',
      '{"id":"5","text":"Wann öffnet ihr?"}',
    ].join("\n");
    const { status, lines, err } = await call(["assess"], input);
    expect(status).toBe(1);
    expect(lines.map((line) => line.id)).toEqual(["1", "5"]);
    expect(err).toContain("line 2: not valid JSON");
    expect(err).toContain('line 3: has no "text"');
    expect(err).toContain("line 4: text must be a string");
    expect(err).toContain("3 lines could not be assessed");
  });

  it("says the reasons in German with --lang de", async () => {
    const { lines } = await call(["assess", "--lang", "de"], '{"id":"1","text":"Ihr seid alle Vollidioten"}');
    expect(lines[0].reasons[0].text).toBe("Persönliche Beleidigung: Vollidioten");
  });

  it("reads a file and a CSV export", async () => {
    const dir = tmpdir();
    const jsonl = join(dir, `gelassen-${process.pid}.jsonl`);
    writeFileSync(jsonl, '{"id":"x","text":"Schönes Foto"}\n');
    expect((await call(["assess", jsonl])).lines[0].id).toBe("x");
    const csv = join(dir, `gelassen-${process.pid}.csv`);
    writeFileSync(csv, 'nr,kommentar\n7,"Ich weiß, wo euer Büro ist."\n8,\n');
    const result = await call(["assess", "--csv", csv, "--column", "kommentar", "--id-column", "nr"]);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ id: "7", verdict: "may-delete" });
    expect(result.err).toContain('line 3: the "kommentar" column is empty');
    expect(result.status).toBe(1);
    const wrongColumn = await call(["assess", "--csv", csv, "--column", "text"]);
    expect(wrongColumn.status).toBe(2);
    expect(wrongColumn.err).toContain('has no column "text"');
  });

  it("explains itself and refuses wrong calls", async () => {
    const help = await call(["assess", "--help"]);
    expect(help.status).toBe(0);
    expect(help.out).toContain("--csv FILE");
    expect((await call(["--help"])).out).toContain("assess");
    expect((await call([])).status).toBe(2);
    expect((await call(["assess", "--colour"])).err).toContain("unknown option --colour");
    expect((await call(["assess", "--lang", "fr"])).status).toBe(2);
    expect((await call(["frobnicate"])).status).toBe(2);
    expect((await call(["assess", "/no/such/file.jsonl"])).err).toContain("no such file");
  });
});
