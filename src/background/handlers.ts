import type { Handlers } from "../platform/dispatch";

/** The messages the worker answers, one file per handler. */
export const HANDLERS: Handlers = {};
