/**
 * A many-armed pattern behind a cheap test for a word every arm needs. Irregexp tries each arm at every position of
 * the text, so a pattern of twenty arms costs microseconds per comment; most comments hold none of the words, and
 * one alternation of plain words rules them out in a fraction of that.
 */
export interface Gated {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** `pattern` tried only where `gate` matches; `gate` must match wherever `pattern` can. Neither may be global. */
export function gated(gate: RegExp, pattern: RegExp): Gated {
  return {
    test: (text) => gate.test(text) && pattern.test(text),
    exec: (text) => (gate.test(text) ? pattern.exec(text) : null),
  };
}
