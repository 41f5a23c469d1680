import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { callCli } from "../../../tests/unit/cli-call";
import { platformLength } from "../../replies";

const call = callCli;

const dir = mkdtempSync(join(tmpdir(), "gelassen-suggest-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const jsonl = (...lines: object[]) => lines.map((line) => JSON.stringify(line)).join("\n");
const TIME = ["--now", "2025-06-02T10:20:00Z", "--time-zone", "Europe/Berlin"];

describe("gelassen suggest", () => {
  it("writes one line per comment with the assessment and checked suggestions", async () => {
    const input = jsonl(
      {
        id: "a",
        text: "Seit drei Wochen warte ich auf mein Paket und niemand antwortet. Enttäuschend!",
        author: { name: "Anna Schmidt" },
      },
      { id: "b", text: "You morons lost my parcel", site: "x" },
      { id: 3, text: "Wann öffnet die neue Filiale?", site: "linkedin" },
    );
    const { status, lines, err } = await call(["suggest", ...TIME], input);
    expect(err).toBe("");
    expect(status).toBe(0);
    expect(lines.map((line) => line.id)).toEqual(["a", "b", "3"]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["id", "assessment", "suggestions"]);
      expect(line.assessment).toHaveProperty("verdict");
      expect(line.assessment).not.toHaveProperty("id");
      expect(line.suggestions.length).toBeGreaterThanOrEqual(2);
      for (const s of line.suggestions) {
        expect(Object.keys(s)).toEqual(["text", "strategy", "check"]);
        expect(s.check.ok).toBe(true);
      }
    }
    expect(lines[0].suggestions[0].text).toMatch(/^(Hallo|Guten Tag) Anna Schmidt,/);
    expect(lines[1].assessment.verdict).toBe("may-delete");
    expect(lines[1].suggestions.map((s: { strategy: string }) => s.strategy)).toContain("do-not-reply");
    for (const s of lines[1].suggestions) {
      expect(s.text.toLowerCase()).not.toContain("moron");
      expect(platformLength(s.text, "x")).toBeLessThanOrEqual(280);
    }
    expect(lines[2].suggestions.map((s: { text: string }) => s.text).join("\n")).toMatch(
      /\[Antwort ergänzen\]|bis Dienstag, 3\. Juni, 12:00 Uhr/,
    );
  });

  it("applies a guidelines file", async () => {
    const guidelines = file(
      "guidelines.json",
      JSON.stringify({ addressForm: "du", signOff: "Liebe Grüße aus Köln", initials: "/mk", companyName: "Beispiel" }),
    );
    const { status, lines } = await call(
      ["suggest", "--guidelines", guidelines],
      jsonl({ id: "1", text: "Wo bleibt mein Paket?" }),
    );
    expect(status).toBe(0);
    for (const s of lines[0].suggestions.filter((x: { text: string }) => x.text)) {
      expect(s.text.endsWith("Liebe Grüße aus Köln /mk")).toBe(true);
      expect(s.text).not.toMatch(/\bSie\b|\bIhnen\b/);
    }
  });

  it("names every wrong field of a guidelines file and uses none of it", async () => {
    const broken = file("broken.json", JSON.stringify({ adressForm: "du", maxLength: { x: 500 } }));
    const { status, err, lines } = await call(["suggest", "--guidelines", broken], jsonl({ id: "1", text: "Hallo" }));
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(err).toContain('adressForm: is not a field of the guidelines (did you mean "addressForm"?)');
    expect(err).toContain("maxLength.x: must be at most 280 (found 500)");
    expect((await call(["suggest", "--guidelines", join(dir, "missing.json")])).err).toContain(
      "no such guidelines file",
    );
  });

  it("reports bad lines by number and answers the rest", async () => {
    const { status, lines, err } = await call(
      ["suggest"],
      ['{"id":"1","text":"Danke!"}', "{oops", '{"id":"3"}'].join("\n"),
    );
    expect(status).toBe(1);
    expect(lines.map((line) => line.id)).toEqual(["1"]);
    expect(err).toContain("line 2: not valid JSON");
    expect(err).toContain('line 3: has no "text"');
  });

  it("explains itself and refuses wrong calls", async () => {
    const help = await call(["suggest", "--help"]);
    expect(help.status).toBe(0);
    expect(help.out).toContain("--guidelines FILE");
    expect((await call(["--help"])).out).toMatch(/suggest .*\n.*check-draft/s);
    expect((await call(["suggest", "--now", "yesterday"])).status).toBe(2);
    expect((await call(["suggest", "--time-zone", "Mars/Olympus"])).status).toBe(2);
    expect((await call(["suggest", "--lang", "fr"])).status).toBe(2);
    expect((await call(["suggest", "a.jsonl", "b.jsonl"])).status).toBe(2);
  });
});
