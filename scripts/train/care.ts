import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assessWith } from "../../src/analysis/assess";
import type { OffensiveModel } from "../../src/analysis/model";
import { snapshotOf } from "../../src/analysis/snapshot";
import { cleanTweet, dataDir } from "./data";
import { splitDevelopment } from "./split";

/**
 * What customers write to companies: the opening tweet of each conversation in the customer-care set's dev file,
 * as the company's support account received it (`threadOwner`). Nearly every one is owed an answer — a problem,
 * a question, a plea for help — so the share Gelassen says needs no reply is what it would leave unanswered. The
 * same seeded fifth as for the other data sets is the development part: rules on complaints and on whom a comment
 * speaks to may be written reading the training part only. The set's test file is never used here.
 */
interface Opening {
  text: string;
  owner: string;
}

interface Conversation {
  dialogHeader?: { company?: string };
  dialogContent?: Array<{ client?: string; message?: string }>;
}

export function loadOpenings(root: string): Opening[] {
  const file = join(dataDir(root), "customer-care-en", "dev.json");
  const conversations: Conversation[] = JSON.parse(readFileSync(file, "utf8"));
  return conversations.flatMap((conversation) => {
    const first = conversation.dialogContent?.[0];
    const owner = conversation.dialogHeader?.company;
    if (!first?.client || !first.message || !owner) return [];
    return [{ text: cleanTweet(first.message, { keepHandles: true }), owner }];
  });
}

export function splitOpenings(openings: readonly Opening[]): { training: Opening[]; development: Opening[] } {
  const examples = openings.map((_, index) => ({ text: String(index), offensive: false, fine: "care" }));
  const { training, development } = splitDevelopment(examples);
  const pick = (part: typeof examples) => part.map((example) => openings[Number(example.text)] as Opening);
  return { training: pick(training), development: pick(development) };
}

export interface CareFigures {
  count: number;
  replyOwed: number;
  caseRead: number;
  questionRead: number;
  toCommenter: number;
}

export function careFigures(model: OffensiveModel, openings: readonly Opening[]): CareFigures {
  const figures = { count: openings.length, replyOwed: 0, caseRead: 0, questionRead: 0, toCommenter: 0 };
  for (const { text, owner } of openings) {
    const assessment = assessWith(model, snapshotOf(text, { site: "x", threadOwner: owner }), { companyName: "" });
    if (assessment.replyNeeded) figures.replyOwed++;
    if (assessment.intent.complaint) figures.caseRead++;
    else if (assessment.intent.question) figures.questionRead++;
    if (assessment.intent.addressedTo === "commenter") figures.toCommenter++;
  }
  return figures;
}

export function careTable(model: OffensiveModel, root: string): string {
  const { training, development } = splitOpenings(loadOpenings(root));
  const parts = [careFigures(model, development), careFigures(model, training)];
  const cell = (part: number, whole: number) => `${part} / ${whole} = ${((100 * part) / whole).toFixed(1)} %`;
  const row = (label: string, pick: (figures: CareFigures) => number) =>
    `${label.padEnd(44)}${parts.map((figures) => cell(pick(figures), figures.count).padStart(24)).join("")}`;
  return [
    "What customers write to companies (customer-care dev file, opening tweets, to the company's account):",
    `${"".padEnd(44)}${"development".padStart(24)}${"training part".padStart(24)}`,
    row("owed a reply", (figures) => figures.replyOwed),
    row("read as a customer's case", (figures) => figures.caseRead),
    row("read as a question (no case)", (figures) => figures.questionRead),
    row("read as said to another commenter", (figures) => figures.toCommenter),
  ].join("\n");
}
