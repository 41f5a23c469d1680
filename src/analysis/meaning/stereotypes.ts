import { LEXICON } from "../lexicon";
import type { Token } from "../normalise";
import { type Context, evidenceOf, nearest, negated, said } from "./context";

/**
 * Old xenophobic tropes said of a group (lexicon/stereotypes.ts): "Die Ausländer nehmen uns die Arbeitsplätze
 * weg". Not a violation a rule may call deletable — it argues, however wrongly — but not criticism either: the
 * words go to `review`. "Nicht die Migranten nehmen uns die Jobs weg, sondern …" and quoted or countered claims
 * ("Wer sagt, Ausländer …, irrt") are not said.
 */
const REACH = 8;

export function mayStereotype(tokens: readonly Token[]): boolean {
  return LEXICON.stereotypeClaims.mayHit(tokens) || LEXICON.stereotypeAlone.mayHit(tokens);
}

export function findStereotypes(context: Context): string[] {
  const found: string[] = [];
  for (const hit of said(context, LEXICON.stereotypeAlone.find(context.tokens))) {
    found.push(evidenceOf(context, hit.from, hit));
  }
  for (const hit of said(context, LEXICON.stereotypeClaims.find(context.tokens))) {
    const group = nearest(context, context.roles.group, hit, REACH);
    if (group === -1 || negated(context, hit, group)) continue;
    found.push(evidenceOf(context, group, hit));
  }
  return [...new Set(found)];
}
