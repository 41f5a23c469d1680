import * as z from "zod/mini";

/**
 * Field-by-field repair of stored objects. A stored value that fails its schema is replaced by the default for
 * that one field, never the whole object: a corrupted switch must not wipe a user's guidelines.
 */
export type Repaired<T> = { value: T; problems: string[] };

type AnySchema = z.ZodMiniType;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = (schema as { _zod: { def: { type: string; shape?: Record<string, AnySchema> } } })._zod.def;
  return def.type === "object" ? def.shape : undefined;
}

function repairValue(schema: AnySchema, fallback: unknown, raw: unknown, path: string, problems: string[]): unknown {
  if (raw === undefined) return structuredClone(fallback);
  const shape = shapeOf(schema);
  if (shape && isPlainObject(fallback)) {
    if (!isPlainObject(raw)) {
      problems.push(`${path}: expected an object, reset to the default`);
      return structuredClone(fallback);
    }
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(shape)) {
      out[key] = repairValue(fieldSchema, fallback[key], raw[key], path ? `${path}.${key}` : key, problems);
    }
    return out;
  }
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return parsed.data;
  problems.push(`${path}: ${parsed.error.issues[0]?.message ?? "invalid"}, reset to the default`);
  return structuredClone(fallback);
}

/** Repairs `raw` against an object schema; unknown keys are dropped, bad or missing fields take their default. */
export function repairObject<T extends Record<string, unknown>>(
  schema: z.ZodMiniType<T>,
  defaults: T,
  raw: unknown,
): Repaired<T> {
  const problems: string[] = [];
  if (raw !== undefined && !isPlainObject(raw)) problems.push("(root): expected an object, reset to the defaults");
  const value = repairValue(schema, defaults, isPlainObject(raw) ? raw : {}, "", problems) as T;
  return { value, problems };
}

export type Migration = {
  /** The version this step produces. */
  to: number;
  why: string;
  migrate: (old: Record<string, unknown>) => Record<string, unknown>;
};

/** Applies every migration newer than the stored version, in order. */
export function migrate(raw: Record<string, unknown>, migrations: readonly Migration[]): Record<string, unknown> {
  const from = typeof raw.version === "number" ? raw.version : 0;
  let current = raw;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to > from) current = { ...step.migrate(current), version: step.to };
  }
  return current;
}
