import * as z from "zod/mini";
import { closestName } from "./closest-name";
import { DEFAULT_GUIDELINES, GUIDELINES_MIGRATIONS, GUIDELINES_VERSION, Guidelines } from "./guidelines";
import { migrate } from "./repair";

/**
 * Import and export of the guidelines as JSON. Unlike the silent repair of stored values, an import is all or
 * nothing: every wrong field is named with its path and what is wrong, and nothing is applied while one is.
 * Fields the file leaves out keep the value they had (`base`), so a file may set only a few of them.
 */

/** Each code has a message `guidelines_error_<code>` (with `-` as `_`) taking `$path$` and `$detail$`. */
export const IMPORT_ERROR_CODES = [
  "json",
  "not-object",
  "unknown-field",
  "expected-text",
  "expected-number",
  "expected-whole-number",
  "expected-true-false",
  "expected-list",
  "expected-object",
  "too-long",
  "empty",
  "too-many",
  "too-small",
  "too-big",
  "choice",
  "version",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportIssue = { path: string; code: ImportErrorCode; detail: string; message: string };

export type GuidelinesImport = { ok: true; value: Guidelines } | { ok: false; errors: string[]; issues: ImportIssue[] };

type Schema = z.ZodMiniType;
type Def = {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
};
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function got(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const NOT_SHOWN = Symbol("not shown");

function issue(
  path: string,
  code: ImportErrorCode,
  detail: string,
  problem: string,
  value: unknown = NOT_SHOWN,
): ImportIssue {
  const shown = value === NOT_SHOWN ? "" : ` (found ${got(value)})`;
  return { path, code, detail, message: `${path || "(file)"}: ${problem}${shown}` };
}

const TYPE_ISSUES: Record<string, [ImportErrorCode, string]> = {
  string: ["expected-text", "must be text"],
  number: ["expected-number", "must be a number"],
  int: ["expected-whole-number", "must be a whole number"],
  boolean: ["expected-true-false", "must be true or false"],
  array: ["expected-list", "must be a list"],
  object: ["expected-object", "must be an object"],
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
  return current;
}

/** One zod issue of a leaf value as a sentence a person can act on. */
function explain(raw: z.core.$ZodIssue, path: string, root: unknown): ImportIssue {
  const value = valueAt(root, raw.path);
  const data = raw as unknown as Record<string, unknown>;
  const type = TYPE_ISSUES[String(data.expected)];
  if (raw.code === "invalid_type" && type) {
    return value === undefined
      ? issue(path, type[0], "", `is missing (${type[1]})`)
      : issue(path, type[0], "", type[1], value);
  }
  if (raw.code === "invalid_value") {
    const values = (data.values as unknown[]).map((v) => JSON.stringify(v)).join(", ");
    return issue(path, "choice", values, `must be one of ${values}`, value);
  }
  if (raw.code === "too_big" || raw.code === "too_small") {
    const big = raw.code === "too_big";
    const limit = String(big ? data.maximum : data.minimum);
    if (data.origin === "string") {
      if (!big) return issue(path, "empty", limit, "must not be empty");
      return issue(path, "too-long", limit, `must be at most ${limit} characters long`, value);
    }
    if (data.origin === "array") return issue(path, "too-many", limit, `may hold at most ${limit} entries`);
    return big
      ? issue(path, "too-big", limit, `must be at most ${limit}`, value)
      : issue(path, "too-small", limit, `must be at least ${limit}`, value);
  }
  return issue(path, "expected-text", "", "is not valid", value);
}

function join(path: string, key: PropertyKey): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key);
}

function unknownField(path: string, key: string, known: string[]): ImportIssue {
  const near = closestName(key, known);
  const hint = near ? ` (did you mean "${near}"?)` : "";
  return issue(path, "unknown-field", near ?? "", `is not a field of the guidelines${hint}`);
}

/** Walks schema and value together so each wrong field gets its own message, unknown keys included. */
function check(schema: Schema, raw: unknown, path: string, issues: ImportIssue[]): void {
  const def = defOf(schema);
  if (def.type === "optional" && def.innerType) {
    if (raw !== undefined) check(def.innerType, raw, path, issues);
    return;
  }
  if (def.type === "object" && def.shape) {
    if (!isPlainObject(raw)) {
      issues.push(issue(path, "expected-object", "", "must be an object", raw));
      return;
    }
    const known = Object.keys(def.shape);
    for (const key of Object.keys(raw)) {
      if (!known.includes(key)) issues.push(unknownField(join(path, key), key, known));
    }
    for (const [key, field] of Object.entries(def.shape)) check(field, raw[key], join(path, key), issues);
    return;
  }
  if (def.type === "array" && def.element && Array.isArray(raw)) {
    const own = z.safeParse(schema, raw);
    const tooMany = own.success ? undefined : own.error.issues.find((i) => i.path.length === 0);
    if (tooMany) issues.push(explain(tooMany, path, raw));
    raw.forEach((item, index) => {
      check(def.element as Schema, item, join(path, index), issues);
    });
    return;
  }
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return;
  for (const raw_ of parsed.error.issues) {
    issues.push(explain(raw_, raw_.path.reduce<string>(join, path), raw));
  }
}

/** Lays the file's fields over `base`, one level of nesting deep (the guidelines have no deeper objects). */
function overlay(base: Guidelines, file: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(file)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : value;
  }
  return out;
}

function jsonError(error: unknown): ImportIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return issue("", "json", detail, `is not valid JSON: ${detail}`);
}

/** Reads a guidelines file. On any error nothing is returned to apply, and every error is listed. */
export function parseGuidelinesImport(json: string, base: Guidelines = DEFAULT_GUIDELINES): GuidelinesImport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const issues = [jsonError(error)];
    return { ok: false, errors: issues.map((i) => i.message), issues };
  }
  if (!isPlainObject(raw)) {
    const issues = [issue("", "not-object", "", "must be a JSON object with the guidelines' fields", raw)];
    return { ok: false, errors: issues.map((i) => i.message), issues };
  }
  const version = raw.version ?? GUIDELINES_VERSION;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0 || version > GUIDELINES_VERSION) {
    const detail = String(GUIDELINES_VERSION);
    const issues = [issue("version", "version", detail, `must be a version up to ${detail}`, version)];
    return { ok: false, errors: issues.map((i) => i.message), issues };
  }
  const migrated = migrate({ ...raw, version }, GUIDELINES_MIGRATIONS);
  const merged = { ...overlay(base, migrated), version: GUIDELINES_VERSION };
  const issues: ImportIssue[] = [];
  check(Guidelines, merged, "", issues);
  // Fields taken from `base` are valid already; only the file's own fields can be wrong.
  if (issues.length > 0) return { ok: false, errors: issues.map((i) => i.message), issues };
  return { ok: true, value: z.parse(Guidelines, merged) };
}

/** The guidelines as a file to download: readable, stable field order, a trailing newline. */
export function exportGuidelines(guidelines: Guidelines): string {
  return `${JSON.stringify(guidelines, null, 2)}\n`;
}
