import { DEFAULT_GUIDELINES, type Guidelines } from "../../src/shared/guidelines";
import { COMPANIES, type GoldenGuidelines } from "./companies";

/**
 * The two invented companies' guidelines in Gelassen's own format, as a company would set them on the options
 * page: its sign-off, address form, avoided phrases, contact, business hours, deadline, lengths and saved replies
 * with their topics. A contact that is no address ("per DM") leaves the escalation empty: replies then say
 * "per privater Nachricht" / "by direct message".
 */
function hour(time: string): number {
  const value = Number.parseInt(time.slice(0, 2), 10);
  if (!Number.isInteger(value)) throw new Error(`golden companies: "${time}" is no time`);
  return value;
}

export function guidelinesOf(company: GoldenGuidelines): Guidelines {
  const email = company.contactChannel.includes("@") ? company.contactChannel : "";
  return {
    ...DEFAULT_GUIDELINES,
    companyName: company.companyName,
    addressForm: company.addressForm,
    signOff: company.signOff,
    avoidPhrases: [...DEFAULT_GUIDELINES.avoidPhrases, ...company.avoidPhrases],
    required: { greeting: true, thanks: false, name: true },
    escalation: { email, phone: "", url: "" },
    holdingDeadlineHours: company.holdingDeadlineHours,
    businessHours: {
      days: company.businessHours.days,
      fromHour: hour(company.businessHours.from),
      toHour: hour(company.businessHours.to),
    },
    maxLength: company.maxLength,
    savedReplies: company.savedReplies.map(({ id, title, text, language, topics }) => ({
      id,
      title,
      text,
      language,
      topics,
    })),
  };
}

export const GOLDEN_GUIDELINES = {
  rheinwerk: guidelinesOf(COMPANIES.rheinwerk),
  kaffeekollektiv: guidelinesOf(COMPANIES.kaffeekollektiv),
};
