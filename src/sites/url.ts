/** Parses a link's address against the page's; undefined for garbage instead of a throw. */
export function parseUrl(href: string | null | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** The address of the document an element lives in ("about:blank" when it has none). */
export function documentUrl(element: Element): string {
  return element.ownerDocument?.URL || "about:blank";
}

/** A profile address without tracking parameters, keeping only what identifies the profile (`id=`). */
export function cleanProfileUrl(url: URL): string {
  const clean = new URL(url.origin + url.pathname);
  const id = url.searchParams.get("id");
  if (id) clean.searchParams.set("id", id);
  return clean.toString();
}
