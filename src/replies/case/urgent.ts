import type { Case } from "../../shared/case";

/**
 * A home gone cold or flooded, or someone at risk in it: "im Wohnzimmer haben wir nur noch 16 Grad und mein Mann ist 81
 * und herzkrank", "the house is down to 15 degrees. We have a 7 month old baby", "jetzt steht das Wasser 2cm hoch im
 * Heizungskeller", "Haus kühlt langsam aus", "staff are literally sitting in coats". Not a room at 16 degrees in summer
 * talk: it needs the case of a fault beside it.
 */
const URGENT =
  /(?<![\p{L}\d,.])(?:1[0-7]|[5-9])(?:[.,]\d)?\s?(?:grad|°\s?c?|degrees)(?!\p{L})|(?<!\p{L})(?:baby|babys|säugling|neugeboren\p{L}*|herzkrank\p{L}*|pflegebedürftig\p{L}*|bettlägerig\p{L}*|newborn|infant)(?!\p{L})|(?<!\p{L})(?:ist|is|wird|turned)\s(?:8\d|9\d)(?!\d)|(?<!\p{L})(?:steht|stand|läuft|lief)\sdas\swasser|(?<!\p{L})wasser\s(?:steht|läuft|lief)|(?<!\p{L})water\s(?:is\s)?(?:standing|everywhere|pouring|coming in|on the floor|in the basement)(?!\p{L})|(?<!\p{L})(?:keine heizung|kein warmwasser|kein warmes wasser|ohne heizung|ohne warmwasser|ohne warmes wasser|no heating|no heat|no hot water|without heating|without hot water)(?!\p{L})|(?<!\p{L})(?:haus|wohnung|wohnzimmer|bude|house|flat|home)\s(?:ist\s|is\s)?(?:eiskalt|ice cold|freezing)(?!\p{L})|(?<!\p{L})(?:it'?s|it is|es ist|is|ist)\s(?:so\s|absolutely\s|echt\s)?(?:freezing|eiskalt)\s(?:in here|hier|drinnen|inside)(?!\p{L})|(?<!\p{L})(?:haus|wohnung|bude|huus|house|flat|home)\s(?:is\s|wird\s|weed\s)?(?:getting\s|going\s|turning\s|langsam\s|immer\s)?(?:cold|freezing|kalt|kälter)(?!\p{L})|(?<!\p{L})(?:kleine|kleinen)\s(?:kinder|kind)(?!\p{L})|(?<!\p{L})(?:two|three|four|2|3|4|small|young|little)\s(?:kids|children)(?!\p{L})|(?<!\p{L})(?:haus|wohnung|bude|büro|huus)\s(?:kühlt|kuehlt)\s(?:\p{L}+\s)?aus(?!\p{L})|(?<!\p{L})(?:sitting|sit|sat|working)\sin\s(?:our\s|their\s|my\s)?(?:coats|jackets)(?!\p{L})|(?<!\p{L})(?:kinder|kids|pänz)\s(?:\p{L}+\s)?(?:frieren|friere|freezing)(?!\p{L})/iu;

/** The faults a line open day and night is for: a machine down, a leak; never a bill, a parcel or a login. */
const URGENT_KINDS = new Set<Case["problem"]>(["defect", "other", "waiting"]);

export function urgent(kase: Case, text: string): boolean {
  return URGENT_KINDS.has(kase.problem) && URGENT.test(text);
}
