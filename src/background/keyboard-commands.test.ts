import { describe, expect, it, vi } from "vitest";
import type { send } from "../platform/messaging";
import { passCommand } from "./keyboard-commands";

const answering = (handled: boolean) =>
  vi.fn(async () => ({ ok: true as const, value: { handled } })) as unknown as typeof send & ReturnType<typeof vi.fn>;

describe("passCommand", () => {
  it("passes a known shortcut to the content script of the tab it was pressed in", async () => {
    const deliver = answering(true);
    expect(await passCommand("open-suggestions", 7, deliver)).toBe(true);
    expect(deliver).toHaveBeenCalledWith("page/command", { command: "open-suggestions" }, { tabId: 7 });
    expect(await passCommand("check-draft", 8, answering(false))).toBe(false);
  });

  it("drops unknown names and shortcuts pressed outside a tab without sending", async () => {
    const deliver = answering(true);
    expect(await passCommand("_execute_action", 7, deliver)).toBe(false);
    expect(await passCommand("open-suggestions", undefined, deliver)).toBe(false);
    expect(deliver).not.toHaveBeenCalled();
  });

  it("says false when the tab has no Gelassen to answer", async () => {
    const deliver = vi.fn(async () => ({ ok: false as const, error: "could not be delivered" }));
    expect(await passCommand("open-suggestions", 7, deliver as unknown as typeof send)).toBe(false);
  });
});
