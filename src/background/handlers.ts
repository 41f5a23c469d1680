import type { Handlers } from "../platform/dispatch";
import { ASSESS_HANDLERS } from "./assess-handlers";
import { IN_PAGE_UI_HANDLERS } from "./in-page-ui";
import { MONITOR_HANDLERS } from "./monitor-handlers";
import { PREVIEW_HANDLERS } from "./preview-handlers";
import { PRIVACY_HANDLERS } from "./privacy";
import { REPLY_HANDLERS } from "./reply-handlers";

/** The messages the worker answers, gathered from one file per area. */
export const HANDLERS: Handlers = {
  ...ASSESS_HANDLERS,
  ...MONITOR_HANDLERS,
  ...REPLY_HANDLERS,
  ...PRIVACY_HANDLERS,
  ...PREVIEW_HANDLERS,
  ...IN_PAGE_UI_HANDLERS,
};
