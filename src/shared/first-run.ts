import * as z from "zod/mini";
import { type Repaired, repairObject } from "./repair";

/**
 * Whether the user has been through the first-run page: "pending" until they finish or skip it. Kept in
 * storage.local beside the guidelines it fills in (they are per browser, not synced), so a second browser that
 * has none of the guidelines asks again.
 */
export const FIRST_RUN_VERSION = 1;

export const FIRST_RUN_STATES = ["pending", "done", "skipped"] as const;

export const FirstRun = z.object({
  version: z.literal(FIRST_RUN_VERSION),
  state: z.enum(FIRST_RUN_STATES),
});
export type FirstRun = z.infer<typeof FirstRun>;

export const DEFAULT_FIRST_RUN: FirstRun = { version: FIRST_RUN_VERSION, state: "pending" };

export function repairFirstRun(raw: unknown): Repaired<FirstRun> {
  const repaired = repairObject(FirstRun, DEFAULT_FIRST_RUN, raw);
  return { value: { ...repaired.value, version: FIRST_RUN_VERSION }, problems: repaired.problems };
}

/** The popup offers the first-run page until it was finished or skipped. */
export function firstRunOpen(firstRun: FirstRun): boolean {
  return firstRun.state === "pending";
}

/**
 * What the worker does when the browser reports an install or update: only a new install opens the page (an update
 * or a browser update must not push a tab at someone who works with Gelassen already).
 */
export function firstRunOnInstalled(reason: string): "open" | "nothing" {
  return reason === "install" ? "open" : "nothing";
}
