import { ENGLISH_CASE } from "./english-case";
import type { EnglishBank } from "./slots";

/** English wordings. Each must pass the draft check on its own. */
export const ENGLISH: EnglishBank = {
  thanks: ["Thanks for your message.", "Thank you for getting in touch.", "Thanks for reaching out."],
  thanksFeedback: [
    "Thank you for your honest feedback.",
    "Thanks for letting us know.",
    "Thanks for taking the time to let us know.",
  ],
  empathy: [
    "We can see why you're disappointed.",
    "That's frustrating, and we understand how you feel.",
    "Your frustration is completely understandable.",
    "That's not the experience we want anyone to have.",
  ],
  apology: [
    "We're sorry this wasn't the experience you expected.",
    "We apologise for the trouble this has caused.",
    "We're really sorry about this.",
  ],
  nextStep: [
    "Please get in touch {contact} so we can look into your case properly.",
    "You can reach us {contact}, and we'll take care of it personally.",
    "Please contact us {contact} and we'll sort this out with you directly.",
  ],
  askDetails: [
    "Could you send us a few details {wcontact} so we can look into it?",
    "Please tell us {wcontact} what happened, and we'll follow it up.",
    "What exactly happened? Drop us a line {wcontact} and we'll look into it.",
  ],
  team: [
    "We'll pass your feedback on to the team responsible.",
    "We're sharing your feedback internally so we can learn from it.",
    "Your feedback goes straight to our team.",
  ],
  improve: ["We want to do better next time.", "We'll use it to get better."],
  offer: [
    "If we can help directly, please get in touch {contact}.",
    "For anything else, we're here for you {contact}.",
  ],
  thanksCorrection: [
    "Thanks for pointing that out.",
    "Thank you for reading so carefully.",
    "Thanks for flagging this.",
  ],
  acknowledge: ["We're looking into it now.", "We're checking this right away.", "We'll get to the bottom of it."],
  fix: [
    "If something's wrong, we'll correct it.",
    "If the post is wrong, we'll update it.",
    "If there's a mistake, we'll fix it in the post.",
  ],
  inviteMore: ["If you spot anything else, please tell us.", "It's good to know our readers pay such close attention."],
  thanksView: [
    "Thanks for raising this.",
    "Thank you for sharing your view.",
    "Thanks for adding your perspective to this.",
  ],
  serious: [
    "We take your point seriously and want to answer it openly: {answer}",
    "You deserve an honest answer on this: {answer}",
    "Here is where we stand: {answer}",
  ],
  valued: ["Your view matters to us.", "Your perspective helps us.", "We take your points seriously."],
  inviteTalk: [
    "We'd be glad to talk about this in more depth – please get in touch {contact}.",
    "We'd welcome a proper conversation about it. You can reach us {contact}.",
    "Would you be open to discussing it further? Drop us a line {wcontact}.",
  ],
  ideas: ["We'll take your suggestions back to the team.", "Ideas like these move us forward."],
  // Never "good question": judging a question reads as filler, and wrong wherever a complaint is asked as one.
  thanksQuestion: ["Thanks for your question.", "Thanks for getting in touch.", "Thanks for asking."],
  answer: ["Here's the answer: {answer}", "In short: {answer}", "To answer it: {answer}"],
  moreHelp: ["If anything is still unclear, just ask.", "For any other questions, we're here for you {contact}."],
  holding: [
    "We're looking into it and will get back to you {deadline}.",
    "We're checking this internally and will update you {deadline}.",
    "We're taking a close look and will reply {deadline}.",
    "We're checking with the team about {terms} and will get back to you {deadline}.",
    "We're finding out about {terms} for you and will update you {deadline}.",
  ],
  patience: ["Thanks for your patience.", "Thank you for bearing with us."],
  factual: [
    "If you have a specific concern, we're happy to help.",
    "We're glad to take up any specific point you'd like to raise.",
    "We're happy to answer specific questions.",
  ],
  thanksWarm: [
    "Thank you so much for your kind words!",
    "Thanks a lot for the praise!",
    "Thank you for taking the time to say this!",
  ],
  joy: ["That really made our day.", "It's lovely to read this.", "We're so glad to have you with us."],
  engage: [
    "We'd love to hear what you like most.",
    "Stay tuned, there's more to come.",
    "We look forward to hearing from you again.",
  ],
  thanksComment: ["Thanks for your comment.", "Thank you for your feedback.", "Thanks for joining the conversation."],
  welcome: [
    "Good to have you in the discussion.",
    "We appreciate you sharing your view.",
    "We value the exchange with you.",
  ],
  boundaryInsult: [
    "Criticism is welcome here, personal attacks are not.",
    "We're open to criticism, but insulting language has no place here.",
    "We keep a respectful tone on this page, criticism included.",
    // The shortest, for a reply on X that must still hold the help.
    "Please leave out the insults.",
  ],
  boundaryHate: [
    "Contempt for people has no place here.",
    "Demeaning people for their origin, faith or identity is not tolerated on this page.",
  ],
  boundaryThreat: ["Threats have no place here.", "We do not tolerate threats on this page."],
  boundaryHarassment: [
    "Personal attacks on others have no place here.",
    "Please treat others in this discussion with respect.",
  ],
  boundarySpam: [
    "Advertising and spam don't belong in this discussion.",
    "Promotional posts aren't what this space is for.",
  ],
  netiquette: [
    "Posts that break our community guidelines will be removed.",
    "Please keep to our community guidelines.",
    "Comments that break our community guidelines are taken down.",
  ],
  helpOffer: [
    "If you have a specific concern, we're happy to help {contact}.",
    "We're glad to answer factual questions {contact}.",
  ],
  ...ENGLISH_CASE,
};
