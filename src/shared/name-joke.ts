const COMRADES =
  /☭|(?<!\p{L})(?:comrades?|genossen|genossinnen|proletariat|politbüro|politburo|fünfjahresplan|five-year plan|5-year plan|seize the means|kolchose|collective farm|plenum|redeliste|selbstkritik|basisdemokratisch\p{L}*)(?!\p{L})/iu;

/**
 * A joke on the company's name: "Kaffeekollektiv klingt wie ne Sekte …", or the collective in it played as communism
 * ("so when do we seize the means of roasting, comrades? ☭☕"). The analysis reads it as mockery; the replies never
 * answer it with a saved fact, whatever product the joke borrows ("… mit Hafermilch-Taufe").
 */
export function jokesAboutUs(text: string, companyName: string): boolean {
  return jokesAboutName(text, companyName) || COMRADES.test(text);
}

/** "Kaffeekollektiv klingt wie ne WG …", "Rheinwerk sounds like a metal band": the name compared, not the company. */
export function jokesAboutName(text: string, companyName: string): boolean {
  const name = companyName.trim().toLowerCase();
  const at = text.toLowerCase().indexOf(name);
  if (at < 0) return false;
  // "Kaffeekollektiv = 6€ Oat Latte für Leute, die …": the name, opening the comment, defined; not "Rheinwerk =
  // Abzocke", an accusation, nor "Wärmepumpe von Rheinwerk = …", a joke on the product.
  if (
    at <= 3 &&
    /^\s*=(?!\s*(?:abzock|betrug|betrüger|gauner|wucher|scam|rip-?off|crooks|thieves))/iu.test(
      text.slice(at + name.length),
    )
  )
    return true;
  // "kaffeekollektiv more like kaffeekollapse": the name twisted.
  // "'Kaffeekollektiv' sounds like …": the name in quotes; "Kaffeekollektiv 😂😂 klingt wie ne WG": laughed at first.
  return /^[?!.'"“”‘’»«]*\s*(?:(?:lol|haha|hahaha|xd|😂|🤣)[.!]*\s*)*(?:klingt (?:wie|nach)|hört sich an wie|sounds like|reminds me of|erinnert (?:mich )?an|more like|eher|is what happens when|ist das,? was passiert,? wenn)\s/iu.test(
    text.slice(at + name.length),
  );
}
