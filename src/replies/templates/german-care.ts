import type { GermanBank } from "./slots";

/** German wordings for complaints and criticism, polite (Sie) and informal (du). */
export const GERMAN_CARE = {
  thanks: {
    sie: ["Danke für Ihre Nachricht.", "Vielen Dank, dass Sie sich melden.", "Danke, dass Sie uns schreiben."],
    du: ["Danke für deine Nachricht.", "Vielen Dank, dass du dich meldest.", "Danke, dass du uns schreibst."],
  },
  thanksFeedback: {
    sie: [
      "Danke für Ihr offenes Feedback.",
      "Danke, dass Sie sich die Zeit dafür nehmen.",
      "Vielen Dank für Ihre ehrliche Rückmeldung.",
    ],
    du: [
      "Danke für dein offenes Feedback.",
      "Danke, dass du dir die Zeit dafür nimmst.",
      "Vielen Dank für deine ehrliche Rückmeldung.",
    ],
  },
  empathy: {
    sie: [
      "Wir können gut verstehen, dass Sie enttäuscht sind.",
      "Das ist ärgerlich, und wir verstehen Ihren Unmut.",
      "Ihr Ärger ist nachvollziehbar.",
      "So eine Erfahrung wünschen wir niemandem.",
    ],
    du: [
      "Wir können gut verstehen, dass du enttäuscht bist.",
      "Das ist ärgerlich, und wir verstehen deinen Unmut.",
      "Dein Ärger ist nachvollziehbar.",
      "So eine Erfahrung wünschen wir niemandem.",
    ],
  },
  apology: {
    sie: [
      "Es tut uns leid, dass es nicht so gelaufen ist, wie Sie es erwarten durften.",
      "Bitte entschuldigen Sie die Unannehmlichkeiten.",
      "Das tut uns wirklich leid.",
    ],
    du: [
      "Es tut uns leid, dass es nicht so gelaufen ist, wie du es erwarten durftest.",
      "Entschuldige bitte die Unannehmlichkeiten.",
      "Das tut uns wirklich leid.",
    ],
  },
  nextStep: {
    sie: [
      "Bitte melden Sie sich {contact}, damit wir uns Ihren Fall genau ansehen können.",
      "Sie erreichen uns {contact} – dort kümmern wir uns persönlich darum.",
      "Melden Sie sich gern {contact}, dann klären wir das direkt mit Ihnen.",
    ],
    du: [
      "Bitte melde dich {contact}, damit wir uns deinen Fall genau ansehen können.",
      "Du erreichst uns {contact} – dort kümmern wir uns persönlich darum.",
      "Melde dich gern {contact}, dann klären wir das direkt mit dir.",
    ],
  },
  askDetails: {
    sie: [
      "Schreiben Sie uns bitte {wcontact} ein paar Details, damit wir der Sache nachgehen können.",
      "Schildern Sie uns gern {wcontact}, was genau passiert ist – dann schauen wir uns das an.",
      "Was ist genau passiert? Schreiben Sie uns gern {wcontact}, dann gehen wir dem nach.",
    ],
    du: [
      "Schreib uns bitte {wcontact} ein paar Details, damit wir der Sache nachgehen können.",
      "Schildere uns gern {wcontact}, was genau passiert ist – dann schauen wir uns das an.",
      "Was ist genau passiert? Schreib uns gern {wcontact}, dann gehen wir dem nach.",
    ],
  },
  team: {
    sie: [
      "Ihr Feedback geben wir an das zuständige Team weiter.",
      "Ihre Kritik leiten wir intern weiter, damit wir daraus lernen.",
      "Wir geben Ihre Rückmeldung an unser Team weiter.",
    ],
    du: [
      "Dein Feedback geben wir an das zuständige Team weiter.",
      "Deine Kritik leiten wir intern weiter, damit wir daraus lernen.",
      "Wir geben deine Rückmeldung an unser Team weiter.",
    ],
  },
  improve: {
    sie: ["Wir wollen es beim nächsten Mal besser machen.", "Wir nehmen das mit, um besser zu werden."],
    du: ["Wir wollen es beim nächsten Mal besser machen.", "Wir nehmen das mit, um besser zu werden."],
  },
  offer: {
    sie: [
      "Wenn wir Ihnen direkt helfen können, melden Sie sich gern {contact}.",
      "Für alles Weitere sind wir {contact} für Sie da.",
    ],
    du: [
      "Wenn wir dir direkt helfen können, melde dich gern {contact}.",
      "Für alles Weitere sind wir {contact} für dich da.",
    ],
  },
} satisfies Partial<GermanBank>;
