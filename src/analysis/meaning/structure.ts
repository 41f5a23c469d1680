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

/** What lies between two tokens: 2 a sentence end, 1 a clause end, 0 neither. Read by character, no copies. */
function boundary(text: string, from: number, to: number): 0 | 1 | 2 {
  let clause = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    // . ! ? ; newline …
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 0x2026) return 2;
    // , : ( ) – —, and a hyphen with spaces around it
    if (code === 44 || code === 58 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014) clause = true;
    else if (
      code === 45 &&
      at > from &&
      at + 1 < to &&
      text.charCodeAt(at - 1) === 32 &&
      text.charCodeAt(at + 1) === 32
    )
      clause = true;
  }
  return clause ? 1 : 0;
}

const AND = new Set(["and", "und"]);

/** Whether the sentence opening at `at` ends within three more words, and asks nothing ("Und du?"). */
function afterthought({ tokens, text }: Normalised, at: number): boolean {
  for (let next = at + 1; next <= at + 3; next++) {
    const end = next >= tokens.length ? text.length : (tokens[next] as Token).start;
    const last = (tokens[next - 1] as Token).end;
    if (next >= tokens.length || boundary(text, last, end) === 2) return !text.slice(last, end).includes("?");
  }
  return false;
}

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
      let kind = boundary(text, (tokens[at - 1] as Token).end, (tokens[at] as Token).start);
      // "… should be fired. and shot.": an afterthought of a few words that opens with "and" goes on the sentence.
      if (kind === 2 && AND.has((tokens[at] as Token).key) && afterthought(normalised, at)) kind = 1;
      if (kind === 2) {
        s++;
        c++;
        sentenceEnd.push(at);
        sentenceStart.push(at);
      } else if (kind === 1) c++;
    }
    sentence[at] = s;
    clause[at] = c;
  }
  sentenceEnd.push(tokens.length);
  return { sentence, clause, sentenceStart, sentenceEnd };
}
