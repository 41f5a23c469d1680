import type { Guidelines } from "../shared/guidelines";
import { addressFormOf } from "./address-form";
import { guessDraftLanguage } from "./draft-language";

/**
 * The closing of a reply: the guidelines' sign-off with the initials, or a neutral team sign-off in the reply's
 * language and address form. A company sign-off in the other language ("Viele Grüße" under an English reply) or
 * the other address form ("Ihr Team" under a du reply) would break the reply, so the neutral one stands in.
 * `short` is what is left when a reply must shrink to the site's limit: the initials, or the team alone.
 */
export type SignOff = { full: string; short: string };

function team(company: string, language: "de" | "en", form: "sie" | "du" | undefined): string {
  if (language === "en") return company ? `the ${company} team` : "the team";
  const owner = form === "du" ? "dein" : "Ihr";
  return company ? `${owner} Team von ${company}` : `${owner} Team`;
}

export function signOff(guidelines: Guidelines, language: "de" | "en", form: "sie" | "du" | undefined): SignOff {
  const initials = guidelines.initials.trim();
  const company = guidelines.companyName.trim();
  const withInitials = (text: string) => (initials ? `${text} ${initials}` : text);
  const own = guidelines.signOff.trim();
  const ownLanguage = own ? guessDraftLanguage(own) : undefined;
  const ownForm = own && language === "de" ? addressFormOf(own) : undefined;
  const fits = own && (!ownLanguage || ownLanguage === language) && (!ownForm || !form || ownForm === form);
  const teamName = team(company, language, form);
  const short = initials || (language === "de" ? `– ${teamName}` : `– ${teamName.replace(/^the/, "The")}`);
  if (fits) return { full: withInitials(own), short: initials || own };
  const greeting = language === "de" ? (form === "du" ? "Liebe Grüße" : "Viele Grüße") : "Best regards";
  return { full: withInitials(`${greeting}, ${teamName}`), short };
}
