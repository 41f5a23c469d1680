import type { Guidelines } from "../shared/guidelines";

/** The fields the preview follows while they are typed, before the field is left and the value saved. */
export type Typed = Partial<{
  companyName: string;
  signOff: string;
  email: string;
  phone: string;
  url: string;
}>;

/** The stored guidelines with what is being typed laid over them: what the preview answers with. */
export function previewGuidelines(saved: Guidelines, typed: Typed): Guidelines {
  return {
    ...saved,
    companyName: (typed.companyName ?? saved.companyName).trim(),
    signOff: (typed.signOff ?? saved.signOff).trim(),
    escalation: {
      email: (typed.email ?? saved.escalation.email).trim(),
      phone: (typed.phone ?? saved.escalation.phone).trim(),
      url: (typed.url ?? saved.escalation.url).trim(),
    },
  };
}
