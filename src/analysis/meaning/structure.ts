import type { Normalised, Token } from "../normalise";

/**
 * Where sentences and clauses begin and end, by token: what a phrase means is read within its sentence (a
 * sentence end stops a negation), and a predicate belongs to the group in its own clause ("Ich finde, X sind …"
 * still joins them: the comma only separates the opinion from what it says).
 */
export interface Structure {
  /** sentence[i]: the number of token i's sentence, counted from 0. */
  sentence: Int32Array;
  /** clause[i]: the number of token i's clause (sentences split further at commas, dashes and colons). */
  clause: Int32Array;
  /** The first token index of each sentence, and one past the last. */
  sentenceStart: number[];
  sentenceEnd: number[];
}

const SENTENCE_END = /[.!?;\n…]/;
const CLAUSE_END = /[,–—:()]|\s-\s/;

export function structureOf(normalised: Normalised): Structure {
  const { tokens, text } = normalised;
  const sentence = new Int32Array(tokens.length);
  const clause = new Int32Array(tokens.length);
  const sentenceStart: number[] = [0];
  const sentenceEnd: number[] = [];
  let s = 0;
  let c = 0;
  for (let at = 0; at < tokens.length; at++) {
    if (at > 0) {
      const between = text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start);
      if (SENTENCE_END.test(between)) {
        s++;
        c++;
        sentenceEnd.push(at);
        sentenceStart.push(at);
      } else if (CLAUSE_END.test(between)) c++;
    }
    sentence[at] = s;
    clause[at] = c;
  }
  sentenceEnd.push(tokens.length);
  return { sentence, clause, sentenceStart, sentenceEnd };
}
