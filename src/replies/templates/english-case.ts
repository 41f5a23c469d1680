import type { CaseSlot, EnglishBank } from "./slots";

/** English wordings of the plans by situation (issue 10); see german-case.ts. */
export const ENGLISH_CASE: Pick<EnglishBank, CaseSlot> = {
  caseSeen: [
    "We're sorry {clause}.",
    "We understand how frustrating it is {clause}.",
    "We're sorry to hear {clause}.",
    "It's understandably frustrating {clause}.",
  ],
  caseStep: [
    "Our customer care team is looking into {subject} and will get back to you {deadline}.",
    "We're checking {subject} with the team responsible and will update you {deadline}.",
    "We're looking into {subject} and will get back to you {deadline}.",
  ],
  caseStepPlain: [
    "Our customer care team is on it and will get back to you {deadline}.",
    "We're sorting this out with the team responsible and will update you {deadline}.",
    "We're looking into this with the team responsible and will get back to you {deadline}.",
    "Our customer care team has this in hand and will update you {deadline}.",
    "Our customer care team is looking into this with the details you gave ({details}) and will get back to you {deadline}.",
    "We're passing your details ({details}) to the team responsible and will update you {deadline}.",
  ],
  caseAsk: ["{question}"],
  caseNoted: ["We've noted what you told us ({details}).", "We have the details you gave ({details})."],
  caseHolding: [
    "We're looking into {subject} and will get back to you {deadline}.",
    "We're checking {subject} and will update you {deadline}.",
    "We're looking into this and will get back to you {deadline}.",
  ],
  thanksIdea: [
    "Thanks for the suggestion about {terms}.",
    "Thank you for the idea about {terms}.",
    "Thanks for the suggestion.",
    "Thank you for the idea.",
  ],
  criticismHeard: [
    "We take your criticism {topic} seriously.",
    "We take your criticism about {terms} seriously.",
    "What you say about {terms} matters to us, and we take it seriously.",
    "We hear your criticism {topic}, and we take it seriously.",
    "We hear your criticism, and we take it seriously.",
    "We take your criticism seriously.",
    "We've heard your criticism, and we take it seriously.",
  ],
  criticismCase: [
    "We take your criticism seriously: it's frustrating {clause}.",
    "We hear your criticism – it's frustrating {clause}.",
    "We take your criticism seriously, and we understand how frustrating it is {clause}.",
  ],
  boundaryTone: [
    "We'd ask you to keep it civil – your concern still matters to us.",
    "Please keep it respectful; we're glad to help with your concern.",
    // On X the boundary must leave room for the case and its next step.
    "Please keep it civil.",
  ],
  checkFact: [
    "We're checking this and will correct the post if it's wrong.",
    "We're looking into it and will update the post if needed.",
    "We're checking the details on {terms} and will correct the post if it's wrong.",
  ],
  confirmFact: [
    "{fact} If the post says otherwise, we'll correct it.",
    "{fact} Where the post says something different, we'll fix it.",
  ],
  engageTake: [
    "That's an important point, and we want to respond to it properly.",
    "Your point deserves a proper answer.",
    "Your point about {terms} is an important one, and we want to respond to it properly.",
  ],
  thanksSpecific: [
    "Thank you so much for your kind words!",
    "So glad you're happy – thank you!",
    "Thank you so much for the kind words about {praised}!",
  ],
  thanksPerson: [
    "Thank you for the kind words about {person}!",
    "So glad {person} looked after you so well – thank you!",
  ],
  thanksPeople: [
    "Thank you for the kind words about {person}!",
    "So glad {person} looked after you so well – thank you!",
  ],
  thanksPersonPlace: [
    // "^": the name keeps its capital after the greeting.
    "^{person} and the team in {place} will be delighted – thank you!",
    "Thank you for the kind words about {person} and our team in {place}!",
  ],
  // "Aylin put the PV system on our roof in Frechen": the customer's place, where the work was done.
  thanksPersonSite: [
    "Thank you for the kind words about {person} – so glad everything went well in {place}!",
    "So glad {person} looked after you so well in {place} – thank you!",
  ],
  thanksPlace: [
    // Not "your visit": the team may have come to them (an installation, a repair at home).
    "So glad our team in {place} looked after you so well – thank you!",
    "Thanks for the kind words about our team in {place}!",
  ],
  thanksGreeting: [
    "We'll pass your greetings on to {person} – thank you!",
    "Thank you – {person} will be glad to hear from you!",
  ],
  thanksFair: ["So glad you stopped by our stand at {fair} – thank you!", "Thanks for visiting us at {fair}!"],
  thanksWishes: [
    "Thank you so much for the kind wishes – the whole team is delighted!",
    "Thanks so much for the congratulations!",
  ],
  thanksProduct: ["Thanks for the kind words about {ourProduct}!", "So glad you're enjoying {ourProduct} – thank you!"],
  present: [
    "We're reading along – if you have any questions, we're here for you {contact}.",
    "If you have any questions, you can reach us {contact}.",
  ],
  boundaryShort: ["Please keep it civil, even when you're annoyed.", "We'd ask you to keep the tone respectful."],
  passOn: [
    "We'll be sure to pass this on.",
    // Not "We'll pass this on to {person}": the thanks before it has named them already.
    "We'll make sure the team hears about it.",
    "We'll pass on what you said about {praisedAlso} to the team.",
  ],
  stance: [
    "We don't share sweeping judgements about whole groups of people.",
    "Lumping whole groups of people together is not something we go along with.",
  ],
  staySubject: [
    "Please keep it factual and respectful, including towards the people you're writing about.",
    "We're happy to have a factual discussion here.",
  ],
  safetySeen: ["We're so sorry {clause}.", "We're very sorry to hear {clause}.", "We're truly sorry {clause}."],
  safetyStep: [
    "We take this very seriously and are passing it to our quality and safety team straight away; we'll get back to you {deadline}.",
    "We take this very seriously: our quality and safety team will have your report straight away, and we'll get back to you {deadline}.",
    "We take this very seriously and are passing it straight to our quality and safety team.",
  ],
  roadStep: [
    "We take this very seriously and are passing it to the managers of our drivers straight away; we'll get back to you {deadline}.",
    "We take this very seriously: the people in charge of our vehicles will have your report straight away, and we'll get back to you {deadline}.",
    "We take this very seriously and are passing it straight to the managers of our drivers.",
  ],
  // Either stands without a deadline before it: a question may come first ("Which error code does it show?").
  emergencyLine: ["Since this shouldn't wait: {emergency}", "As this can't wait: {emergency}"],
  condolence: ["We're so sorry for your loss.", "We're very sorry to hear of your loss."],
  leavingSeen: ["We're sorry to see you go.", "Sorry to hear you'd like to leave us."],
  leavingAsk: [
    "So we can take care of {subject}, could you send us your customer number {wcontact}?",
    "If you send us your customer number {wcontact}, we'll take care of {subject}.",
  ],
  leavingStep: [
    "We'll take care of {subject} and get back to you {deadline}.",
    "We're taking care of {subject} and will confirm it {deadline}.",
  ],
  // Nothing about what the company does or never does: only the guidelines could say that.
  scamThanks: ["Thanks for checking with us first.", "Good that you asked us first."],
  scamAdvice: [
    "Please don't click the link or enter any details there.",
    "Please don't open the link or reply to the message, and don't enter any personal or payment details.",
  ],
  scamCheck: [
    "If you forward it to us {wcontact}, we'll check whether it really came from us.",
    "Send it to us {wcontact} and we'll check whether it's genuine.",
  ],
  scamCallAdvice: [
    "Please don't give out bank or account details on the phone unless you're sure who is calling.",
    "Please don't share bank details or passwords on a call until it's clear who is calling.",
  ],
  scamCallCheck: [
    "If you let us know {wcontact} when the call came and from which number, we'll look into it.",
    "Tell us {wcontact} when and from which number they called, and we'll check it.",
  ],
  reportThanks: ["Thanks for flagging this.", "Thank you for letting us know."],
  reportCheck: [
    "We'll take a look at the comment and remove it if it breaks our community guidelines.",
    "We're checking the comment against our community guidelines and will remove it if it breaks them.",
  ],
};
