import type { send } from "../platform/messaging";
import { KeyboardCommand } from "../shared/page-messages";

/**
 * A shortcut pressed in a tab goes to that tab's content script, which knows where the focus is (the worker does
 * not). A name the manifest does not list, or a tab without Gelassen, is dropped quietly: a shortcut on a page
 * Gelassen does not work on simply does nothing.
 */
export async function passCommand(command: string, tabId: number | undefined, deliver: typeof send): Promise<boolean> {
  const known = KeyboardCommand.safeParse(command);
  if (!known.success || tabId === undefined) return false;
  const answer = await deliver("page/command", { command: known.data }, { tabId });
  return answer.ok && answer.value.handled;
}
