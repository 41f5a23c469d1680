/**
 * One index over the entries of every word set, so a word seen for the first time is looked up once for all sets
 * together: its prefixes, suffixes and inner pieces of the lengths the entries have, each a map lookup, instead of
 * comparing it with every entry of every set.
 */
interface Entry {
  /** The set's number (word-set.ts). */
  set: number;
  /** For entries compared in their squeezed form: the test the word as written must also pass. */
  form?: RegExp;
}

type Place = "exact" | "prefix" | "suffix" | "infix";

export class AffixIndex {
  private readonly maps: Record<Place, Map<string, Entry[]>> = {
    exact: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    infix: new Map(),
  };
  private readonly lengths: Record<Exclude<Place, "exact">, number[]> = { prefix: [], suffix: [], infix: [] };

  /** `head`: anything may stand before the affix; `tail`: anything may follow it. */
  add(affix: string, head: boolean, tail: boolean, entry: Entry): void {
    if (!affix) return;
    const place: Place = head && tail ? "infix" : head ? "suffix" : tail ? "prefix" : "exact";
    const map = this.maps[place];
    map.set(affix, [...(map.get(affix) ?? []), entry]);
    if (place !== "exact" && !this.lengths[place].includes(affix.length)) {
      this.lengths[place].push(affix.length);
      this.lengths[place].sort((a, b) => a - b);
    }
  }

  /** Sets member[set] to 1 for every set with an entry matching `key`; `written` is what entries' forms test. */
  mark(key: string, member: Uint8Array, written: string = key): void {
    const hit = (entries: Entry[] | undefined) => {
      if (!entries) return;
      for (const entry of entries) if (!entry.form || entry.form.test(written)) member[entry.set] = 1;
    };
    hit(this.maps.exact.get(key));
    for (const length of this.lengths.prefix) {
      if (length > key.length) break;
      hit(this.maps.prefix.get(key.slice(0, length)));
    }
    for (const length of this.lengths.suffix) {
      if (length > key.length) break;
      hit(this.maps.suffix.get(key.slice(key.length - length)));
    }
    for (const length of this.lengths.infix) {
      if (length > key.length) break;
      for (let at = 0; at + length <= key.length; at++) hit(this.maps.infix.get(key.slice(at, at + length)));
    }
  }
}
