import { PhraseList } from "../phrase-list";
import { WordSet } from "../word-set";
import { HARASSMENT_PATTERNS, SPAM_STRONG, SPAM_WEAK } from "./harassment-spam";
import { DEHUMANISING, GROUPS, HATE_PATTERNS, SLURS, SLURS_AMBIGUOUS } from "./hate";
import {
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INSULT_PHRASES,
  INSULT_TARGETED,
  NEGATORS,
  PROFANITY,
  REPORTING,
  REPORTING_EN,
  SECOND_PERSON,
  SELF,
  TARGETED_PATTERNS,
} from "./insults";
import {
  COMPANY_ADDRESS,
  FAILURE,
  POLITICS,
  QUESTION_TOPICS,
  SARCASM_FACTS,
  SARCASTIC_PRAISE,
  TOPICS,
} from "./intent-words";
import { CORRECTION, CUSTOMER, FAN, MOCKERY, POLITE, QUESTION_STARTS } from "./role-words";
import { HARM_VERBS, PERSONS, PLACES, TARGETS, THREAT_PATTERNS } from "./threats";
import { ANGER, IRONY, NEGATIVE, POSITIVE } from "./tone-words";

/** Every lexicon, compiled once when the module loads. */
const sets = {
  targeted: new WordSet(INSULT_TARGETED),
  adjective: new WordSet(INSULT_ADJECTIVES),
  group: new WordSet(GROUPS),
  slurAmbiguous: new WordSet(SLURS_AMBIGUOUS),
  dehumanising: new WordSet(DEHUMANISING),
  harm: new WordSet(HARM_VERBS),
  target: new WordSet(TARGETS),
  person: new WordSet(PERSONS),
  place: new WordSet(PLACES),
};

export const LEXICON = {
  insultNouns: new WordSet(INSULT_NOUNS),
  insultPhrases: new PhraseList(INSULT_PHRASES, sets),
  targeted: new PhraseList(TARGETED_PATTERNS, sets),
  profanity: new WordSet(PROFANITY),
  negators: new WordSet(NEGATORS),
  reporting: new WordSet(REPORTING),
  reportingEn: new WordSet(REPORTING_EN),
  self: new WordSet(SELF),
  secondPerson: new WordSet(SECOND_PERSON),
  slurs: new WordSet(SLURS),
  dehumanising: sets.dehumanising,
  groups: sets.group,
  targetedWords: new WordSet([...INSULT_TARGETED, ...INSULT_ADJECTIVES]),
  hate: new PhraseList(HATE_PATTERNS, sets),
  threats: new PhraseList(THREAT_PATTERNS, sets),
  harassment: new PhraseList(HARASSMENT_PATTERNS, sets),
  spamStrong: new PhraseList(SPAM_STRONG, sets),
  spamWeak: new PhraseList(SPAM_WEAK, sets),
  positive: new PhraseList(POSITIVE),
  negative: new PhraseList(NEGATIVE),
  anger: new PhraseList(ANGER),
  irony: new PhraseList(IRONY),
  questionStarts: new WordSet(QUESTION_STARTS),
  customer: new PhraseList(CUSTOMER),
  correction: new PhraseList(CORRECTION),
  fan: new PhraseList(FAN),
  mockery: new WordSet(MOCKERY),
  polite: new WordSet(POLITE),
  failure: new PhraseList(FAILURE),
  problemTopics: TOPICS.map(([kind, entries]) => [kind, new PhraseList(entries)] as const),
  questionTopics: QUESTION_TOPICS.map(([kind, entries]) => [kind, new PhraseList(entries)] as const),
  politics: new PhraseList(POLITICS),
  companyAddress: new WordSet(COMPANY_ADDRESS),
  sarcasmFacts: new PhraseList(SARCASM_FACTS),
  sarcasticPraise: new PhraseList(SARCASTIC_PRAISE),
};
