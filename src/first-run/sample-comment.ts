import type { CommentSnapshot } from "../shared/comment";

/**
 * The critical comment the preview answers, in the interface language: a customer kept waiting, the case every
 * company meets first. Its first suggestion shows the greeting, the address form, the way to a private channel
 * and the sign-off, so each first-run answer changes something in it. The German one uses neither Sie nor du,
 * so the chosen address form decides (a commenter's own form would be mirrored).
 */
const TEXTS = {
  en: {
    author: "Sam Taylor",
    text: "I have been waiting two weeks for my order and nobody gets back to me. Really disappointing.",
  },
  de: {
    author: "Sabine Krüger",
    text: "Ich warte seit zwei Wochen auf meine Bestellung und niemand meldet sich. So langsam reicht es mir wirklich.",
  },
} as const;

export function sampleComment(language: "de" | "en"): CommentSnapshot {
  const { author, text } = TEXTS[language];
  return {
    site: "facebook",
    id: `first-run-sample-${language}`,
    threadId: "first-run-sample",
    text,
    author: { name: author, verified: false, badges: [], isOrganisation: false },
    isReply: false,
    byPageOwner: false,
  };
}
