/** Parses a link's address against the page's; undefined for garbage instead of a throw. */
export function parseUrl(href: string | null | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** Paths of the addresses read lately, by base and address; bounded, emptied when full. */
const PATHS = new Map<string, string | undefined>();
const MAX_PATHS = 5_000;

/**
 * The path of a link's address against the page's (as `parseUrl(href, base)?.pathname`), each address parsed once:
 * reading a long X conversation asks for the page's own address and each reply's status link several times per
 * reply and frame, and parsing an address costs more than looking it up (issue 11).
 */
export function pathAt(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const key = `${base}\n${href}`;
  let path = PATHS.get(key);
  if (path === undefined && !PATHS.has(key)) {
    path = parseUrl(href, base)?.pathname;
    if (PATHS.size >= MAX_PATHS) PATHS.clear();
    PATHS.set(key, path);
  }
  return path;
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
