import { type ComponentProps, render, type VNode } from "preact";
import { t } from "../platform/i18n";
import type { DraftCheck } from "../shared/replies";
import { CheckSummary } from "../ui/check-summary";
import COMPONENTS_CSS from "../ui/components.css";
import { GuardDialog } from "../ui/guard-dialog";
import { Panel } from "../ui/panel";
import TOKENS_CSS from "../ui/tokens.css";
import HIDDEN_CSS from "../ui/visually-hidden.css";

/**
 * Everything of the in-page UI that needs Preact or the components' stylesheets: the panel, the guard's dialog
 * and note, the draft check's indicator. It is bundled apart (content-ui.js) and put into the page's frame on
 * its first use (in-page-ui.ts), so the content script every page loads stays small. The features keep their
 * logic; this file only draws what they decide.
 */
export const IN_PAGE_VIEWS = {
  /** The stylesheet of every floating UI's Shadow DOM. */
  css: `${TOKENS_CSS}\n${COMPONENTS_CSS}\n${HIDDEN_CSS}`,
  /** Draws `tree` into `layer` (null empties it). */
  render: (tree: VNode | null, layer: HTMLElement) => render(tree, layer),
  panel: (props: ComponentProps<typeof Panel>) => <Panel {...props} />,
  guardDialog: (props: ComponentProps<typeof GuardDialog>) => <GuardDialog {...props} />,
  guardNote: (text: string) => (
    <p class="advice advice-keep guard-note" role="status">
      {text}
    </p>
  ),
  draftIndicator: (check: DraftCheck, label: string) => (
    // Focusable (from the reply box, by Tab or the shortcut) even when there is nothing to list.
    <section class="draft-indicator" aria-label={t("draftCheckTitle")} tabIndex={-1}>
      {/* The same element each time: its text changing is what a screen reader announces. */}
      <p class="visually-hidden" role="status">
        {label}
      </p>
      <CheckSummary check={check} />
    </section>
  ),
};

export type InPageViews = typeof IN_PAGE_VIEWS;
