// The in-page UI (content-ui.js): not listed in the manifest. The worker puts it into a page's frame when that
// page's content script first needs its panel, guard dialog or draft check (in-page-ui.ts).
import { VIEWS_GLOBAL, type ViewsScope } from "./in-page-ui-global";
import { IN_PAGE_VIEWS } from "./in-page-views";

const scope = globalThis as ViewsScope;
// Put in twice (two requests crossing), the views already there stay: a layer drawn with them keeps its Preact.
scope[VIEWS_GLOBAL] ??= IN_PAGE_VIEWS;
