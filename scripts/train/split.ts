import type { Example } from "./data";
import { seededRandom } from "./measure";

/**
 * The development split: a seeded fifth of each data set, stratified by its finest label, that the model never
 * trains on, no threshold is chosen on, and nobody reads while writing rules or word lists. Every figure in the
 * README's "How good is it" that says "development split" comes from it; cross-validation runs on the other
 * four fifths only. The seed is fixed here and nowhere else, so the split is the same on every machine.
 */
export const DEVELOPMENT_SEED = 20_261_130;
export const DEVELOPMENT_SHARE = 0.2;

export interface Split {
  training: Example[];
  development: Example[];
}

export function splitDevelopment(examples: readonly Example[], seed = DEVELOPMENT_SEED): Split {
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  examples.forEach((example, index) => {
    const members = byLabel.get(example.fine) ?? [];
    members.push(index);
    byLabel.set(example.fine, members);
  });
  const development = new Set<number>();
  for (const label of [...byLabel.keys()].sort()) {
    const members = byLabel.get(label) as number[];
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    for (const index of members.slice(0, Math.round(members.length * DEVELOPMENT_SHARE))) development.add(index);
  }
  return {
    training: examples.filter((_, index) => !development.has(index)),
    development: examples.filter((_, index) => development.has(index)),
  };
}
