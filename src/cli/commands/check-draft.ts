import de from "../../../assets/_locales/de/messages.json";
import en from "../../../assets/_locales/en/messages.json";
import { checkDraft } from "../../replies";
import { MAX_TEXT_LENGTH } from "../../shared/comment";
import type { DraftCheck, DraftContext, Finding } from "../../shared/replies";
import { SITE_IDS, type SiteId } from "../../shared/sites";
import { type Command, type Io, parseOptions, UsageError } from "../command";
import { limitNotice } from "../each-comment";
import { notUtf8 } from "../input";
import { decodeUtf8, inputLines } from "../lines";
import { loadGuidelinesOption } from "./suggest";

const HELP = `gelassen check-draft — is a reply draft calm and within the company's guidelines? The same check the
extension runs while you type and every suggestion passes. Reads the draft from standard input.

Usage:
  gelassen check-draft [options] < draft.txt
  echo "Das ist doch Quatsch!!!" | gelassen check-draft --lang de --explain

Output: one JSON object {"ok", "calm", "language", "length", "limit", "findings": [{"code", "severity", "start",
"end", "text"}]}. Positions are character offsets into the draft (UTF-16, end exclusive). Severity "problem"
makes the draft fail; a "hint" (thanks missing, a placeholder still to fill in) does not.

Options:
  --site facebook|x|linkedin   check the length as this site counts it, against the guidelines' limit
  --lang de|en        the draft's language (default: guessed from the draft)
  --name NAME         the commenter's name, as the site shows it (for the name the guidelines require)
  --address sie|du    the address form the reply should use (German)
  --forbid WORDS      comma-separated words the reply must not repeat (the comment's insults)
  --guidelines FILE   the company's guidelines (JSON, as the options page exports them); default: Gelassen's
  --explain           say each finding in words (in the draft's language) instead of JSON
  --help              this text

Finding codes: heat, insult, all-caps, punctuation, sarcasm, blame, repeats-insult, avoided-phrase,
missing-greeting, missing-name, missing-thanks, address-mixed, address-form, too-long, promise-refund,
promise-compensation, promise-deadline, promise-never-again, admission, emoji, placeholder.

A draft longer than 20,000 characters (the extension's limit) is checked up to there, said on standard error.
The exit status is 0 when the draft passes, 1 when it has problems, 2 for a wrong call or an empty draft.`;

type Messages = Record<string, { message: string } | undefined>;
const MESSAGES: Record<"de" | "en", Messages> = { de, en };

function findingText(finding: Finding, language: "de" | "en"): string {
  const message = MESSAGES[language][`finding_${finding.code.replaceAll("-", "_")}`]?.message ?? finding.code;
  return message.replace(/\$text\$/g, finding.text.replace(/\s+/g, " ").slice(0, 60));
}

function explain(check: DraftCheck): string {
  const de = check.language === "de";
  const head = check.ok
    ? (MESSAGES[check.language].finding_calm?.message ?? "ok")
    : de
      ? "Vor dem Posten prüfen:"
      : "Check before posting:";
  const length = check.limit === undefined ? [] : [`${de ? "Länge" : "Length"}: ${check.length}/${check.limit}`];
  const lines = check.findings.map(
    (f) => `  ${f.severity === "problem" ? "✗" : "·"} ${f.start}–${f.end} ${f.code}: ${findingText(f, check.language)}`,
  );
  return [head, ...lines, ...length].join("\n");
}

function contextOf(values: Map<string, string>): DraftContext {
  const context: DraftContext = {};
  const site = values.get("site");
  if (site !== undefined) {
    if (!(SITE_IDS as readonly string[]).includes(site))
      throw new UsageError(`--site must be one of ${SITE_IDS.join(", ")}`);
    context.site = site as SiteId;
  }
  const language = values.get("lang");
  if (language !== undefined) {
    if (language !== "de" && language !== "en") throw new UsageError(`--lang must be de or en, not "${language}"`);
    context.language = language;
  }
  const address = values.get("address");
  if (address !== undefined) {
    if (address !== "sie" && address !== "du") throw new UsageError(`--address must be sie or du, not "${address}"`);
    context.addressForm = address;
  }
  const name = values.get("name");
  if (name !== undefined) context.authorName = name.slice(0, 300);
  const forbid = values.get("forbid");
  if (forbid !== undefined)
    context.forbiddenWords = forbid
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean)
      .slice(0, 200);
  return context;
}

/** The draft from standard input, decoded whole (a character split between chunks stays whole). */
async function readAll(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  const bytes = Buffer.concat(chunks);
  const { text, validUtf8 } = decodeUtf8(bytes);
  // Bytes that are not UTF-8 are read as U+FFFD, and said by line, not replaced silently.
  if (!validUtf8) {
    for await (const line of inputLines([bytes])) {
      if (!line.validUtf8) io.stderr.write(`gelassen check-draft: ${notUtf8(line.line)}\n`);
    }
  }
  return text.replace(/^\uFEFF/, "").replace(/\r?\n$/, "");
}

export const checkDraftCommand: Command = {
  name: "check-draft",
  summary: "check a reply draft from standard input: calm, and within the guidelines?",
  help: HELP,
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, flags, positional } = parseOptions(args, {
      values: ["site", "lang", "name", "address", "forbid", "guidelines"],
      flags: ["help", "explain"],
    });
    if (flags.has("help")) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positional.length > 0) throw new UsageError("the draft is read from standard input; give no FILE");
    const context = contextOf(values);
    const guidelines = loadGuidelinesOption(values.get("guidelines"));
    const draft = await readAll(io);
    if (!draft.trim()) throw new UsageError("the draft is empty: give the reply's text on standard input");
    if (draft.length > MAX_TEXT_LENGTH)
      io.stderr.write(`gelassen check-draft: ${limitNotice("the draft", draft.length)}\n`);
    const check = checkDraft(draft.slice(0, MAX_TEXT_LENGTH), context, guidelines);
    io.stdout.write(`${flags.has("explain") ? explain(check) : JSON.stringify(check)}\n`);
    return check.ok ? 0 : 1;
  },
};
