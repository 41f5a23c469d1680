import type { Guidelines } from "../shared/guidelines";
import type { SiteId } from "../shared/sites";

/**
 * The way to a private channel a reply points to: the guidelines' escalation contact, or the site's own private
 * messages when none is set. `long` names up to two channels, `short` one, `written` leaves the phone out (for
 * "write to us").
 */
export type ContactPhrases = { long: string; short: string; written: string; writtenShort: string };

const DIRECT: Record<"de" | "en", Record<SiteId, string>> = {
  de: { x: "per Direktnachricht", facebook: "per privater Nachricht", linkedin: "per privater Nachricht" },
  en: { x: "by direct message", facebook: "by private message", linkedin: "by private message" },
};

export function contactPhrases(
  escalation: Guidelines["escalation"],
  language: "de" | "en",
  site: SiteId,
): ContactPhrases {
  const de = language === "de";
  const email = escalation.email.trim();
  const phone = escalation.phone.trim();
  const url = escalation.url.trim();
  const written = [
    email && (de ? `per E-Mail an ${email}` : `by email at ${email}`),
    url && (de ? `über ${url}` : `via ${url}`),
  ].filter(Boolean);
  const spoken = phone ? [de ? `telefonisch unter ${phone}` : `by phone on ${phone}`] : [];
  const direct = DIRECT[language][site];
  const or = de ? " oder " : " or ";
  const all = [...written, ...spoken];
  const writtenOrDirect = written.length > 0 ? written : [direct];
  return {
    long: all.length > 0 ? all.slice(0, 2).join(or) : direct,
    short: all[0] ?? direct,
    written: writtenOrDirect.slice(0, 2).join(or),
    writtenShort: writtenOrDirect[0] ?? direct,
  };
}
