/**
 * One index over the entries of every word set, so a word seen for the first time is looked up once for all sets
 * together. Entries with a free end are kept in letter tries (prefixes forwards, suffixes backwards, inner pieces
 * from every start), so a word is read letter by letter and a lookup stops as soon as no entry can follow —
 * instead of cutting the word into every piece of every length the entries have.
 */
interface Entry {
  /** The set's number (word-set.ts). */
  set: number;
  /** For entries compared in their squeezed form: the test the word as written must also pass. */
  form?: RegExp;
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

const node = (): Node => ({ next: new Map(), entries: [] });

function insert(root: Node, letters: string, entry: Entry): void {
  let at = root;
  for (const letter of letters) {
    let child = at.next.get(letter);
    if (!child) {
      child = node();
      at.next.set(letter, child);
    }
    at = child;
  }
  at.entries.push(entry);
}

export class AffixIndex {
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefix = node();
  /** Suffixes, spelled backwards. */
  private readonly suffix = node();
  private readonly infix = node();

  /** `head`: anything may stand before the affix; `tail`: anything may follow it. */
  add(affix: string, head: boolean, tail: boolean, entry: Entry): void {
    if (!affix) return;
    if (head && tail) insert(this.infix, affix, entry);
    else if (head) insert(this.suffix, [...affix].reverse().join(""), entry);
    else if (tail) insert(this.prefix, affix, entry);
    else this.exact.set(affix, [...(this.exact.get(affix) ?? []), entry]);
  }

  /** Calls `found` with every set that has an entry matching `key`; `written` is what entries' forms test. */
  mark(key: string, found: (set: number) => void, written: string = key): void {
    const hit = (entries: readonly Entry[] | undefined) => {
      if (!entries) return;
      for (const entry of entries) if (!entry.form || entry.form.test(written)) found(entry.set);
    };
    hit(this.exact.get(key));
    // An entry with a free end matches only where something may stand there: "idiot*" needs no letter after it.
    let at: Node | undefined = this.prefix;
    for (let index = 0; index < key.length && at; index++) {
      at = at.next.get(key.charAt(index));
      if (at) hit(at.entries);
    }
    at = this.suffix;
    for (let index = key.length - 1; index >= 0 && at; index--) {
      at = at.next.get(key.charAt(index));
      if (at) hit(at.entries);
    }
    for (let start = 0; start < key.length; start++) {
      at = this.infix;
      for (let index = start; index < key.length && at; index++) {
        at = at.next.get(key.charAt(index));
        if (at) hit(at.entries);
      }
    }
  }
}
