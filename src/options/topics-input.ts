import { MAX_TOPIC_LENGTH, MAX_TOPICS } from "../shared/guidelines";

export type TopicsInput =
  | { ok: true; topics: string[] }
  | { ok: false; error: "too-many"; count: number }
  | { ok: false; error: "too-long"; topic: string };

/** The same topic however it was typed: "Öffnungszeiten " and "öffnungszeiten" are one. */
const sameness = (topic: string) => topic.toLocaleLowerCase("de");

/**
 * The topics a company typed for a saved reply, separated by commas, semicolons or lines: trimmed, inner spaces
 * collapsed, each once (the first spelling kept). Too many or too long is refused with what to change, before the
 * guidelines schema would refuse the whole save with a field path the company cannot read.
 */
export function parseTopics(input: string): TopicsInput {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const part of input.split(/[,;\n]/)) {
    const topic = part.replace(/\s+/g, " ").trim();
    if (!topic || seen.has(sameness(topic))) continue;
    seen.add(sameness(topic));
    topics.push(topic);
  }
  const long = topics.find((topic) => topic.length > MAX_TOPIC_LENGTH);
  if (long !== undefined) return { ok: false, error: "too-long", topic: long };
  if (topics.length > MAX_TOPICS) return { ok: false, error: "too-many", count: topics.length };
  return { ok: true, topics };
}

/** Topics back into the field, as the company would type them. */
export const topicsText = (topics: readonly string[] | undefined) => (topics ?? []).join(", ");
