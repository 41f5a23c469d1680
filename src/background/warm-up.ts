import { assessComment } from "../analysis";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";

type Assess = (snapshot: CommentSnapshot, guidelines: Pick<Guidelines, "companyName">) => Assessment;

/**
 * Comments of the shapes a company page gets, in both languages (written for this; no data set's): complaints
 * with numbers and waits, questions, thanks, sarcasm, an insult, a correction, a jab, a laugh.
 */
const SAMPLES = [
  "Seit drei Wochen warte ich auf meine Bestellung 48213, und niemand antwortet. Echt schwach!",
  "Thanks for the quick help yesterday, Tom on the hotline was great 👍",
  "Ihr seid echt die letzten Vollidioten, ich kündige sofort!!!",
  "When will the new version be available in Germany? @acme",
  "Toll gemacht, wirklich. Dritte Preiserhöhung in einem Jahr. Weiter so 👏",
  "Why has my parcel been stuck in Leeds since Monday? Order #A-2231",
  "Wie kann ich mein Kundenkonto löschen? Finde die Option nicht.",
  "lol this thread is wild 😂",
  "Der RB 48 fällt schon wieder aus. Pendler sind euch völlig egal.",
  "I have been a customer for 12 years and this is the worst service I have ever had.",
  "Danke für die schnelle Antwort, hat alles geklappt!",
  "Your app keeps crashing since the update to version 5.2, I can't log in.",
  "Is this offer also valid for business customers?",
  "Die Rechnung über 89,90 € ist doppelt abgebucht worden, bitte korrigieren.",
  "You people are a joke. Fix your network.",
  "Ich finde die neue Kampagne wirklich gelungen, weiter so!",
  "Actually, the figure in your post is wrong: it was 2019, not 2021.",
  "Warum antwortet hier niemand? Ich habe vor 5 Tagen geschrieben.",
  "Great product, but the delivery took forever.",
];

/**
 * How many assessments warm the analysis up. V8 optimises its code only after it has run a few hundred times:
 * measured in Node on the heavy X page's 500 replies, 235 ms right after the model loaded, 98 ms after 400 of
 * these samples (which took 272 ms themselves), 36 ms after 1,600. 400 is where most of the gain is had.
 */
export const WARM_UP_ASSESSMENTS = 400;
/** A slice of warm-up holds a real batch back at most this long: each slice is a task of its own. */
const SLICE_MS = 8;

function sample(index: number): CommentSnapshot {
  return {
    site: "x",
    id: `warm-up-${index}`,
    threadId: "warm-up",
    text: SAMPLES[index % SAMPLES.length] ?? "",
    author: { name: "Gelassen", handle: "gelassen", verified: index % 5 === 0, badges: [], isOrganisation: false },
    isReply: index % 2 === 0,
    byPageOwner: false,
  };
}

/**
 * Warms the analysis up while a page of a site loads (its content script says so at document_start), so that
 * the page's first batches meet optimised code: on a heavy page the first hundred comments took 1–2 ms each in a
 * cold worker, later ones 0.2 ms (issue 11). It runs once in the worker's life, in slices between messages, and
 * comments assessed for real count towards it, since they warm the same code. Not on every worker start: MV3
 * wakes the worker every minute for an alarm, and that would burn the warm-up's CPU each time for nothing.
 */
export class WarmUp {
  private remaining = WARM_UP_ASSESSMENTS;
  private running = false;

  constructor(
    private readonly assess: Assess = assessComment,
    private readonly later: (run: () => void) => void = (run) => setTimeout(run, 0),
  ) {}

  /** Starts warming up unless it runs or is done. Returns whether any warm-up is left to do. */
  start(): boolean {
    if (this.remaining > 0 && !this.running) {
      this.running = true;
      this.later(this.slice);
    }
    return this.remaining > 0;
  }

  /** Real comments assessed: they warm the analysis as well as samples do. */
  noteAssessed(count: number): void {
    this.remaining = Math.max(0, this.remaining - count);
  }

  private readonly slice = () => {
    const end = performance.now() + SLICE_MS;
    try {
      while (this.remaining > 0 && performance.now() < end) {
        this.remaining -= 1;
        this.assess(sample(this.remaining), { companyName: "" });
      }
    } catch (error) {
      // The real batches will meet the same error and report it; warming up further would only repeat it.
      console.error("Gelassen: warming the analysis up failed", error);
      this.remaining = 0;
    }
    if (this.remaining > 0) this.later(this.slice);
    else this.running = false;
  };
}
