import { handle } from "../platform/messaging";
import { loadSettings, watchSettings } from "../platform/storage";
import { isSiteEnabled } from "../shared/settings";
import { siteForHost } from "../shared/sites";
import { FEATURES } from "./features";
import { insertDraft } from "./insert-draft";
import { Session } from "./session";

/** Content-script entry: decide whether Gelassen works on this page, and follow the site's switch live. */
async function main(): Promise<void> {
  const site = siteForHost(location.hostname);
  if (!site) return;
  const session = new Session(site, FEATURES);
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
      "draft/insert": ({ commentKey, text }) => insertDraft(session.context, commentKey, text),
    },
    { refuseUnknown: false },
  );
  watchSettings((settings) => session.setEnabled(isSiteEnabled(settings, site)));
  session.setEnabled(isSiteEnabled(await loadSettings(), site));
}

main().catch((error) => console.error("Gelassen could not start on this page", error));
