import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import type { FindingCode } from "../shared/replies";
import { checkDraft } from "./check-draft";

/**
 * Real calm replies: the closing answers of customer-care agents on Twitter (IBM's customer-care dataset, kept
 * beside the repository, never in it). A calm-reply checker must pass nearly all of them. The agents follow their
 * own companies' rules, which we do not know: no greeting or name required, promises and emoji as their brands
 * allow. Tone is checked in full, and so are length (as X counts it) and the default avoided phrases. Until
 * 2026-11-30 this read the test file too (the check was first fixed on failures from both); now only the dev file.
 */
const folder = new URL("../../../shared/data/customer-care-en/", import.meta.url);
const present = existsSync(new URL("dev.json", folder));

type Conversation = {
  agentURL: { url_utterance: string };
  dialogContent: ({ agent: string; message: string } | { client: string; message: string })[];
};

/** The dataset keeps Twitter's HTML escaping; X shows "&", and counts it as one character. */
const decodeEntities = (text: string) => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

function agentReplies(): string[] {
  // Only the set's dev file: its test file is for measuring from outside, never for shaping the check.
  return ["dev.json"].flatMap((file) =>
    (JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Conversation[]).flatMap((conversation) => [
      ...conversation.dialogContent.flatMap((turn) => ("agent" in turn ? [decodeEntities(turn.message)] : [])),
      decodeEntities(conversation.agentURL.url_utterance),
    ]),
  );
}

const agentsOwnRules: Guidelines = {
  ...DEFAULT_GUIDELINES,
  required: { greeting: false, thanks: false, name: false },
  promises: { refunds: true, compensation: true, deadlines: true },
  emoji: "allowed",
};

describe.skipIf(!present)("agents' replies from the customer-care dataset", () => {
  const replies = present ? agentReplies() : [];
  const results = replies.map((text) => ({
    text,
    check: checkDraft(text, { site: "x", language: "en" }, agentsOwnRules),
  }));
  const failures = results.filter((r) => !r.check.ok);
  const rate = 1 - failures.length / results.length;

  it("has the agents' replies", () => {
    expect(replies.length).toBeGreaterThan(500);
  });

  it("passes nearly all of them", () => {
    // Measured on the dev file: 586 of 586. On both files it was 1138 of 1139; the one failure quotes a menu path in capitals ("… > I STILL NEED HELP"):
    // counted as the reply's fault, since to a customer it reads as shouting all the same. Earlier failures were
    // the check's fault and were fixed: capitals inside links and @handles, lists of acronyms ("OS, CPU, RAM"),
    // "you should have received" taken for blame, "!!" taken for indignation.
    console.info(
      `customer-care agents' replies passing checkDraft: ${results.length - failures.length}/${results.length}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.98);
  });

  it("finds nothing that would make a calm reply look heated", () => {
    const tone: FindingCode[] = ["heat", "insult", "sarcasm", "blame", "punctuation"];
    const heated = failures.filter((r) => r.check.findings.some((f) => tone.includes(f.code)));
    expect(heated.map((r) => r.check.findings.map((f) => `${f.code}: ${f.text}`))).toEqual([]);
  });

  it("under Gelassen's default guidelines, fails them mostly for the missing greeting", () => {
    const codes = new Map<string, number>();
    for (const text of replies) {
      for (const f of checkDraft(text, { site: "x", language: "en" }, DEFAULT_GUIDELINES).findings) {
        if (f.severity === "problem") codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
      }
    }
    const [top] = [...codes.entries()].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe("missing-greeting");
  });
});

describe.skipIf(present)("agents' replies from the customer-care dataset", () => {
  it.skip(`skipped: ${folder.pathname} is absent (it lives beside the repository, in ../shared/data)`, () => {});
});
