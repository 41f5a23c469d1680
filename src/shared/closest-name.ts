/** Edit distance (Levenshtein), letters compared without case: "adressForm" is one step from "addressForm". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known name a mistyped one most likely meant, if any is close enough to be a typo rather than a new word. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const d = distance(typed, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
