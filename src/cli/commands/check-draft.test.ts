import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { callCli } from "../../../tests/unit/cli-call";

const call = (args: string[], input = "") => callCli(["check-draft", ...args], input);

describe("gelassen check-draft", () => {
  it("passes a calm draft with exit status 0", async () => {
    const { status, out } = await call(
      ["--site", "x", "--lang", "en"],
      "Hi Sam, thanks for your message. We're looking into it.\n",
    );
    expect(status).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, calm: true, language: "en", limit: 280, findings: [] });
  });

  it("lists what to fix, with positions, and exits with 1", async () => {
    const draft = "Hallo, das ist doch Quatsch!!! Lesen Sie doch die FAQ.";
    const { status, out } = await call(["--lang", "de"], draft);
    expect(status).toBe(1);
    const check = JSON.parse(out);
    const findings = check.findings.map((f: { code: string; severity: string }) => `${f.severity} ${f.code}`);
    expect(findings).toEqual(["hint missing-thanks", "problem heat", "problem punctuation", "problem blame"]);
    for (const f of check.findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
  });

  it("says the findings in words with --explain, in the draft's language", async () => {
    const de = await call(["--explain", "--site", "facebook"], "Hallo Anna, das ist doch Quatsch!!!");
    expect(de.out).toContain("Hitziges Wort: „Quatsch“");
    expect(de.out).toContain("Länge: 35/8000");
    const en = await call(
      ["--explain", "--name", "Anna Schmidt"],
      "Hello, thanks for the message, we will refund you in full.",
    );
    expect(en.out).toContain("Your guidelines ask you to address the person by name.");
    expect(en.out).toContain("Promises a refund (“refund”)");
  });

  it("uses the context it is given: address form, forbidden words, guidelines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gelassen-check-"));
    const guidelines = join(dir, "g.json");
    writeFileSync(
      guidelines,
      JSON.stringify({ required: { greeting: false, thanks: false, name: false }, avoidPhrases: ["leider"] }),
    );
    const draft = "Danke für deine Nachricht, leider sind wir keine Idioten.";
    const { out } = await call(
      ["--lang", "de", "--address", "sie", "--forbid", "Idioten,Saftladen", "--guidelines", guidelines],
      draft,
    );
    expect(JSON.parse(out).findings.map((f: { code: string }) => f.code)).toEqual([
      "address-form",
      "avoided-phrase",
      "repeats-insult",
    ]);
  });

  it("explains itself and refuses wrong calls", async () => {
    expect((await call(["--help"])).out).toContain("--site facebook|x|linkedin");
    expect((await call(["--site", "myspace"])).status).toBe(2);
    expect((await call(["--address", "ihr"])).status).toBe(2);
    expect((await call(["draft.txt"])).err).toContain("standard input");
  });
});
