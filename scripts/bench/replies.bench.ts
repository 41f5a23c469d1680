import { loadavg } from "node:os";
import { assessWith } from "../../src/analysis/assess";
import { snapshotOf } from "../../src/analysis/snapshot";
import { checkDraft, composeReplies } from "../../src/replies";
import { DEFAULT_GUIDELINES } from "../../src/shared/guidelines";
import { loadCustomerCare, loadGermEval } from "../train/data";

/**
 * The reply paths on long texts (issue 12): composing suggestions for a comment and checking a draft, at 1,000,
 * 20,000 (the extension's length cap) and 100,000 characters of real comments and of hostile repetitions. Goal:
 * under 20 ms at 20,000 characters in Node, and time that grows with the length, not its square.
 */
const GOAL_MS = 20;
const SIZES = [1_000, 20_000, 100_000];
const guidelines = { ...DEFAULT_GUIDELINES, companyName: "Rheinwerk" };
const options = { now: new Date("2026-11-30T10:00:00Z"), timeZone: "Europe/Berlin" };
const context = { site: "x" as const, forbiddenWords: ["Idiot"], authorName: "Anna Schmidt" };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Median of 5 runs after one warm-up: the code's cost, not a pause of a shared machine. */
function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < 5; index++) {
    const started = nowMs();
    run();
    times.push(nowMs() - started);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

export default async function repliesBench({ root }: { root: string }): Promise<void> {
  const prose = [...loadGermEval(root).map((e) => e.text), ...loadCustomerCare(root).customers].join(" ");
  const kinds: Array<[string, (length: number) => string]> = [
    ["real comments", (length) => prose.slice(0, length)],
    ["one long word", (length) => "a".repeat(length)],
    ["white space", (length) => repeat(`ihr${" ".repeat(40)}`, length)],
    ["emoji", (length) => repeat("😡🙄", length)],
    ["capitals", (length) => repeat("DAS IST EINE FRECHHEIT ", length)],
    ["sentences", (length) => repeat("Sie. ", length)],
    ["@handles and numbers", (length) => repeat("@user1 Bestellnummer 40-11873 ", length)],
    ["no full stop", (length) => repeat("warum antwortet ihr nicht ", length)],
  ];
  const rows: Array<[string, number, number, number]> = [];
  for (const [name, make] of kinds) {
    for (const size of SIZES) {
      const text = make(size);
      const comment = snapshotOf(text, { author: { name: "Anna Schmidt" } });
      const assessment = assessWith(undefined, comment, guidelines);
      const compose = median(() => composeReplies(comment, assessment, guidelines, options));
      const check = median(() => checkDraft(text, context, guidelines));
      rows.push([name, size, compose, check]);
    }
  }
  const [load] = loadavg();
  console.log(`Compose (composeReplies, without the assessment) and check (checkDraft, site x), median of 5 runs:`);
  console.log(`  ${"text".padEnd(22)} ${"chars".padStart(7)} ${"compose".padStart(10)} ${"check".padStart(10)}`);
  for (const [name, size, compose, check] of rows) {
    const mark = size === 20_000 ? (Math.max(compose, check) < GOAL_MS ? " ✓" : ` ✗ over ${GOAL_MS} ms`) : "";
    console.log(
      `  ${name.padEnd(22)} ${size.toLocaleString("en").padStart(7)} ${compose.toFixed(2).padStart(7)} ms ${check.toFixed(2).padStart(7)} ms${mark}`,
    );
  }
  console.log(`Machine load (1-minute average) while measuring: ${load?.toFixed(1)}.`);
}
