import { each, expand, type FunctionalCase } from "./suite";
import { GROUPS_DE, GROUPS_EN, OTHER_GROUPS_DE, OTHER_GROUPS_EN } from "./targets";

const KEEP = { verdict: "keep" } as const;

/** What must stay `keep`: negated hate, counter-speech, neutral and kind words about groups, swearing, criticism. */
export const KEEP_CASES: FunctionalCase[] = [
  ...expand(
    "keep: negated hate",
    "de",
    [
      "{G} sind nicht widerlich.",
      "Ich hasse {G} nicht.",
      "Nicht alle {G} sind kriminell.",
      "Ich würde {Gd} niemals etwas antun.",
      "{G} sind keine Tiere, sondern Menschen wie du und ich.",
    ],
    GROUPS_DE,
    KEEP,
  ),
  ...expand(
    "keep: negated hate",
    "en",
    [
      "{G} are not disgusting.",
      "I don't hate {G}.",
      "Not all {G} are criminals.",
      "I would never hurt {G}.",
      "{G} are not animals, they are people like you and me.",
    ],
    GROUPS_EN,
    KEEP,
  ),
  ...expand(
    "keep: counter-speech and quotation",
    "de",
    [
      "„Ich hasse {G}“ – solche Sätze haben hier nichts verloren.",
      "Wer behauptet, {G} seien Abschaum, sollte sich schämen.",
      "Es ist rassistisch zu sagen, dass {G} kriminell sind.",
      "Kommentare wie „{G} raus“ melde ich sofort.",
      "Leute, die sagen, {G} seien kriminell, haben keine Ahnung.",
    ],
    GROUPS_DE,
    KEEP,
  ),
  ...expand(
    "keep: counter-speech and quotation",
    "en",
    [
      '"I hate {G}" – comments like that have no place here.',
      "Saying that {G} are vermin is disgusting.",
      "Stop claiming that {G} are criminals.",
      'I report every post that says "{G} out".',
      "People who say {G} are criminals are wrong, right?",
    ],
    GROUPS_EN,
    KEEP,
  ),
  ...expand(
    "keep: neutral mention of a group",
    "de",
    [
      "Viele {G} arbeiten bei euch in der Pflege.",
      "Ich bin mit {Gd} aufgewachsen.",
      "Gibt es bei euch Angebote speziell für {G}?",
      "Der Artikel über {G} war interessant.",
    ],
    GROUPS_DE,
    KEEP,
  ),
  ...expand(
    "keep: neutral mention of a group",
    "en",
    [
      "Many {G} work in your care homes.",
      "I grew up with {G}.",
      "Do you have any offers for {G}?",
      "The article about {G} was interesting.",
    ],
    GROUPS_EN,
    KEEP,
  ),
  ...expand(
    "keep: kind words about a group",
    "de",
    ["Ich liebe {G}.", "{G} sind eine Bereicherung für unser Team.", "Schön, dass ihr {G} so unterstützt."],
    GROUPS_DE,
    KEEP,
  ),
  ...expand(
    "keep: kind words about a group",
    "en",
    ["I love {G}.", "{G} make our team better.", "Great to see you supporting {G}."],
    GROUPS_EN,
    KEEP,
  ),
  ...each(
    "keep: swearing without a target",
    "de",
    [
      "Scheiße, das Update hat mein Handy gekillt.",
      "Verdammt, schon wieder ausverkauft!",
      "Was für ein Mist, die App stürzt ständig ab.",
      "Ach du Scheiße, das ist ja teuer geworden.",
      "Verfluchte Warteschleife, seit einer Stunde hänge ich hier.",
      "Boah, ist das ein Scheißwetter heute.",
    ],
    KEEP,
  ),
  ...each(
    "keep: swearing without a target",
    "en",
    [
      "Shit, the update bricked my phone.",
      "Damn, sold out again!",
      "What the fuck happened to my order?",
      "Holy crap, that got expensive.",
      "Bloody hold music, I've been waiting an hour.",
      "This weather is shit today.",
    ],
    KEEP,
  ),
  ...each(
    "keep: harsh criticism of the company",
    "de",
    [
      "Euer Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht.",
      "Eure Preise sind eine Frechheit, ich kündige.",
      "Das ist das schlechteste Produkt, das ich je gekauft habe.",
      "Euer Kundenservice ist absolut unfähig.",
      "Die neue App ist totaler Müll.",
      "Eure Werbung ist widerlich.",
      "Ihr habt eure Kunden komplett vergessen, schämt euch.",
      "Dieser Konzern ist eine Abzocke und ich hasse eure Hotline.",
    ],
    KEEP,
  ),
  ...each(
    "keep: harsh criticism of the company",
    "en",
    [
      "Your service is an absolute disaster, I'm appalled.",
      "Your prices are a joke, I'm cancelling.",
      "Worst product I have ever bought.",
      "Your customer service is completely useless.",
      "The new app is total garbage.",
      "This ad is disgusting.",
      "You have completely forgotten your customers, shame on you.",
      "This company is a rip-off and I hate your hotline.",
    ],
    KEEP,
  ),
  ...each(
    "keep: hatred of things",
    "de",
    [
      "Ich hasse Montage.",
      "Ich hasse es, wenn das Paket nicht kommt.",
      "Warteschleifen sind widerlich.",
      "Diese Ratten im Keller sind eine Plage.",
    ],
    KEEP,
  ),
  ...each(
    "keep: hatred of things",
    "en",
    [
      "I hate Mondays.",
      "I hate it when my parcel doesn't show up.",
      "Hold music is disgusting.",
      "The rats in our basement are a plague.",
    ],
    KEEP,
  ),
  ...expand("groups not protected by identity", "de", ["Ich hasse {G}.", "{G} sind alle gleich."], OTHER_GROUPS_DE, {
    verdict: ["keep", "review"],
  }),
  ...expand("groups not protected by identity", "en", ["I hate {G}.", "{G} are all the same."], OTHER_GROUPS_EN, {
    verdict: ["keep", "review"],
  }),
];
