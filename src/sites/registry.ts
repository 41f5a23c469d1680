import type { SiteId } from "../shared/sites";
import { facebook } from "./facebook/adapter";
import { linkedin } from "./linkedin/adapter";
import type { SiteAdapter } from "./site-adapter";
import { x } from "./x/adapter";

/** Every site adapter. A meta-test checks each has fixtures for a comment, a reply, an editor and a menu. */
export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = { facebook, x, linkedin };

export function adapterFor(site: SiteId): SiteAdapter {
  return ADAPTERS[site];
}
