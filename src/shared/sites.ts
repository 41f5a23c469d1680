import * as z from "zod/mini";

/** The three sites Gelassen works on. Twitter and X are one site. */
export const SITE_IDS = ["facebook", "x", "linkedin"] as const;
export const SiteId = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteId>;

/** Registrable domains per site; any subdomain counts (www., web., m., mobile.). */
const DOMAINS: Record<SiteId, readonly string[]> = {
  facebook: ["facebook.com"],
  x: ["x.com", "twitter.com"],
  linkedin: ["linkedin.com"],
};

/**
 * How comments were recognised on a page: by today's selectors (the fast path) or by structure (stable ids in
 * attributes, roles, links), which means the site's layout changed and Gelassen noticed.
 */
export const RECOGNITION_PATHS = ["selectors", "structure"] as const;
export const RecognitionPath = z.enum(RECOGNITION_PATHS);
export type RecognitionPath = z.infer<typeof RecognitionPath>;

export const SITE_NAMES: Record<SiteId, string> = {
  facebook: "Facebook",
  x: "X",
  linkedin: "LinkedIn",
};

/** The site a host name belongs to, or undefined for every other host. */
export function siteForHost(hostname: string): SiteId | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  for (const site of SITE_IDS) {
    if (DOMAINS[site].some((domain) => host === domain || host.endsWith(`.${domain}`))) return site;
  }
  return undefined;
}

/** The site of a URL; undefined for other hosts, non-https pages and unparsable input. */
export function siteForUrl(url: string | undefined): SiteId | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? siteForHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}
