import { browser } from "./browser";

/**
 * Calls `listener` when one of the manifest's keyboard shortcuts (`commands`) is pressed, with the tab it was
 * pressed in (both browsers pass it; a shortcut pressed outside any tab has none).
 */
export function onKeyboardCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}
