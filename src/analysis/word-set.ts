import { looseKey, squeeze, stretchedForm, wordKey } from "./fold";

class Affixes {
  readonly exact = new Set<string>();
  readonly prefixes: string[] = [];
  readonly suffixes: string[] = [];
  readonly infixes: string[] = [];

  add(key: string, head: boolean, tail: boolean): void {
    if (head && tail) this.infixes.push(key);
    else if (head) this.suffixes.push(key);
    else if (tail) this.prefixes.push(key);
    else this.exact.add(key);
  }

  has(key: string): boolean {
    if (this.exact.has(key)) return true;
    for (const prefix of this.prefixes) if (key.startsWith(prefix)) return true;
    for (const suffix of this.suffixes) if (key.endsWith(suffix)) return true;
    for (const infix of this.infixes) if (key.includes(infix)) return true;
    return false;
  }
}

/** Entries compared with their doubles squeezed, then checked letter run by letter run against the word. */
class Stretched {
  private readonly entries: Array<{ loose: string; head: boolean; tail: boolean; form: RegExp }> = [];
  private readonly exact = new Map<string, RegExp[]>();

  add(key: string, head: boolean, tail: boolean): void {
    const loose = squeeze(key);
    const anchored = `${head ? "" : "^"}${stretchedForm(key).source}${tail ? "" : "$"}`;
    const form = new RegExp(anchored);
    if (!head && !tail) this.exact.set(loose, [...(this.exact.get(loose) ?? []), form]);
    else this.entries.push({ loose, head, tail, form });
  }

  has(key: string, loose: string): boolean {
    if (this.exact.get(loose)?.some((form) => form.test(key))) return true;
    for (const entry of this.entries) {
      const near =
        entry.head && entry.tail
          ? loose.includes(entry.loose)
          : entry.head
            ? loose.endsWith(entry.loose)
            : loose.startsWith(entry.loose);
      if (near && entry.form.test(key)) return true;
    }
    return false;
  }
}

/**
 * A set of words in folded form. An entry may carry `*` at either end: "idiot*" matches "idioten", "*idiot"
 * matches "vollidiot", "*idiot*" both. A stretched word ("Idiooot") matches with its doubles squeezed; a word
 * masked with `*` ("a*schloch", "f*ck") matches the entry it hides.
 */
export class WordSet {
  private readonly strict = new Affixes();
  private readonly loose = new Stretched();
  private readonly all: string[] = [];

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const head = entry.startsWith("*");
      const tail = entry.endsWith("*") && entry.length > 1;
      const key = wordKey(entry.replace(/^\*|\*$/g, ""));
      this.all.push(key);
      this.strict.add(key, head, tail);
      this.loose.add(key, head, tail);
    }
  }

  has(key: string): boolean {
    if (this.strict.has(key)) return true;
    const loose = looseKey(key);
    if (loose !== undefined && this.loose.has(key, loose)) return true;
    return key.includes("*") && key.length > 2 && this.hasMasked(key);
  }

  /** "f*ck", "a**loch": one or more letters hidden by `*`, the visible ones in place. */
  private hasMasked(key: string): boolean {
    const visible = key.replace(/\*/g, "").length;
    if (visible < 2) return false;
    const pattern = new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, "[a-z]{1,4}")}$`);
    return this.all.some((entry) => pattern.test(entry));
  }
}
