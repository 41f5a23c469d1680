import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/**
 * The training data from ../shared/data (see its README), read where the repository's sibling folder has it.
 * Nothing is copied into the repository. @handles are replaced by "@user" on reading: they are real people, and a
 * model that learnt who is offensive instead of what is would be worthless on other sites.
 */

export interface Example {
  text: string;
  /** Offensive in the data's own labels (GermEval OFFENSE; Davidson hate speech or offensive). */
  offensive: boolean;
  /** The finer label: GermEval ABUSE/INSULT/PROFANITY/OTHER; Davidson hate/offensive/neither. */
  fine: string;
}

export function dataDir(root: string): string {
  return join(root, "..", "shared", "data");
}

const HANDLE = /@\w{1,30}/g;

export function cleanTweet(text: string, { keepHandles = false } = {}): string {
  return text
    .replace(/\|LBR\|/g, "\n")
    .replace(HANDLE, (handle) => (keepHandles ? handle : "@user"))
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\bRT\b:?/g, "")
    .trim();
}

export function loadGermEval(root: string): Example[] {
  const lines = readFileSync(join(dataDir(root), "germeval2018", "training.tsv"), "utf8").split("\n");
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const [text = "", coarse = "", fine = ""] = line.split("\t");
      return { text: cleanTweet(text), offensive: coarse.trim() === "OFFENSE", fine: fine.trim() };
    });
}

const DAVIDSON_CLASSES = ["hate", "offensive", "neither"];

export function loadDavidson(root: string): Example[] {
  const rows: string[][] = parse(readFileSync(join(dataDir(root), "davidson-en", "labeled_data.csv"), "utf8"), {
    from_line: 2,
    relax_quotes: true,
  });
  return rows.map((row) => {
    const label = Number(row[5]);
    return { text: cleanTweet(row[6] ?? ""), offensive: label !== 2, fine: DAVIDSON_CLASSES[label] ?? "neither" };
  });
}

interface Conversation {
  dialogContent?: Array<{ client?: string; agent?: string; message?: string }>;
}

/**
 * What customers wrote to 25 companies' support accounts (client turns only), and what the agents answered. The
 * set's test file is only ever measured on; thresholds may look at its dev file (`files: ["dev.json"]`).
 */
export function loadCustomerCare(
  root: string,
  files: readonly string[] = ["dev.json", "test.json"],
): { customers: string[]; agents: string[] } {
  const customers: string[] = [];
  const agents: string[] = [];
  for (const file of files) {
    const conversations: Conversation[] = JSON.parse(
      readFileSync(join(dataDir(root), "customer-care-en", file), "utf8"),
    );
    for (const turn of conversations.flatMap((conversation) => conversation.dialogContent ?? [])) {
      if (!turn.message) continue;
      const text = cleanTweet(turn.message).replace(/\S+@\S+\.\w+/g, "(e-mail)");
      (turn.client ? customers : agents).push(text);
    }
  }
  return { customers, agents };
}
