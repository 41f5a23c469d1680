// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadFragment } from "../../tests/fixtures/load.mjs";
import { FIXTURE_PARTS } from "../../tests/fixtures/parts.mjs";
import { SITE_IDS } from "../shared/sites";
import { ADAPTERS } from "./registry";

describe("the adapter registry", () => {
  it("has one adapter per site, each for its own site", () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
    for (const site of SITE_IDS) expect(ADAPTERS[site].site).toBe(site);
  });

  it("has fixtures for every adapter", () => {
    for (const site of SITE_IDS) expect(Object.keys(FIXTURE_PARTS[site]).length).toBeGreaterThan(0);
  });
});

const cases = SITE_IDS.flatMap((site) =>
  Object.entries(FIXTURE_PARTS[site]).flatMap(([front, make]) =>
    (["en", "de"] as const).map((lang) => [`${front} (${lang})`, site, make(lang)] as const),
  ),
);

describe.each(cases)("the fixtures of %s", (_, site, parts) => {
  const adapter = ADAPTERS[site];

  it("have a top-level comment the adapter reads", () => {
    const comments = adapter.findComments(loadFragment(parts.comment, parts.url));
    expect(comments).toHaveLength(1);
    expect(adapter.read(comments[0] as Element)).toMatchObject({ site, isReply: false });
  });

  it("show comments to the adapter, and none once the comments are gone (an empty post)", () => {
    const doc = loadFragment(parts.reply, parts.url);
    expect(adapter.showsComments(doc)).toBe(true);
    for (const comment of adapter.findComments(doc)) comment.remove();
    expect(adapter.showsComments(doc)).toBe(false);
  });

  it("have a reply the adapter reads as one", () => {
    const comments = adapter.findComments(loadFragment(parts.reply, parts.url));
    const snapshots = comments.map((element) => adapter.read(element));
    expect(snapshots.some((snapshot) => snapshot?.isReply && snapshot.parentId === snapshots[0]?.id)).toBe(true);
  });

  it("have an open reply editor with its submit control", () => {
    const doc = loadFragment(parts.editor, parts.url);
    const comment = adapter.findComments(doc)[0] as Element;
    const editor = adapter.editorFor(comment);
    expect(editor?.getAttribute("contenteditable")).toBe("true");
    expect(adapter.editorKind(editor as Element)).not.toBe("plain");
    const submit = adapter.submitFor(editor as Element);
    expect(submit && adapter.isSubmitEnabled(submit)).toBe(true);
    expect(adapter.replyButton(comment)).toBeDefined();
  });

  it("have an open menu whose delete-like item and confirm button the adapter knows", () => {
    const doc = loadFragment(parts.menu, parts.url);
    const actions = adapter.menuItems(doc).map((item) => item.action);
    expect(actions.some((action) => action === "delete" || action === "remove" || action === "hide")).toBe(true);
    expect(adapter.confirmButton(doc)?.textContent).toMatch(/Delete|Löschen/);
  });
});
