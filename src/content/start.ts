import { handle } from "../platform/messaging";
import { loadSettings, watchSettings } from "../platform/storage";
import { isSiteEnabled } from "../shared/settings";
import { siteForHost } from "../shared/sites";
import type { SiteAdapter } from "../sites/site-adapter";
import { FEATURES } from "./features";
import { insertDraft } from "./insert-draft";
import { recordDraft } from "./recent-drafts";
import { Session } from "./session";

/**
 * Starts the content script with one site's adapter (each site has its own entry file and bundle): decide
 * whether Gelassen works on this page, and follow the site's switch live.
 */
async function main(adapter: SiteAdapter): Promise<void> {
  const site = siteForHost(location.hostname);
  if (site !== adapter.site) return;
  const session = new Session(adapter, FEATURES);
  handle(
    {
      "page/status": () => session.status(),
      "page/comments": () => ({
        comments: (session.context?.comments.all() ?? []).map(({ snapshot, assessment }) => ({
          comment: snapshot,
          assessment,
        })),
        status: session.status(),
      }),
      "page/command": ({ command }) => {
        let handled = false;
        session.context?.events.emit("command", { command, answer: (done) => (handled ||= done) });
        return { handled };
      },
      "draft/insert": async ({ commentKey, text, followUpBy }) => {
        const page = session.context;
        const result = await insertDraft(page, commentKey, text);
        const tracked = page?.comments.get(commentKey);
        if (result.ok && page && tracked)
          recordDraft(commentKey, text, followUpBy, page.adapter.editorFor(tracked.element));
        return result;
      },
    },
    { refuseUnknown: false },
  );
  watchSettings((settings) => session.setEnabled(isSiteEnabled(settings, site)));
  session.setEnabled(isSiteEnabled(await loadSettings(), site));
}

export function start(adapter: SiteAdapter): void {
  main(adapter).catch((error) => console.error("Gelassen could not start on this page", error));
}
