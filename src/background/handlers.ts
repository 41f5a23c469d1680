import type { Handlers } from "../platform/dispatch";
import { MONITOR_HANDLERS } from "./monitor-handlers";

/** The messages the worker answers, gathered from one file per area. */
export const HANDLERS: Handlers = {
  ...MONITOR_HANDLERS,
};
