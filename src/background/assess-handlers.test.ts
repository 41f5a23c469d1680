import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { snapshotOf } from "../analysis/snapshot";
import { dispatch } from "../platform/dispatch";
import { Assessment } from "../shared/assessment";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { DEFAULT_SETTINGS } from "../shared/settings";
import { AssessmentCache } from "./assess-cache";

/** What storage holds, how often it was read, and who listens for changes: the worker's view of storage. */
const storage = vi.hoisted(() => ({
  companyName: "Acme",
  reads: 0,
  fail: false,
  listeners: [] as Array<() => void>,
  facebookOn: true,
}));

vi.mock("../platform/storage", () => ({
  loadGuidelines: async () => {
    storage.reads += 1;
    if (storage.fail) throw new Error("storage is not available");
    return { ...DEFAULT_GUIDELINES, companyName: storage.companyName };
  },
  loadSettings: async () => ({
    ...DEFAULT_SETTINGS,
    sites: { ...DEFAULT_SETTINGS.sites, facebook: storage.facebookOn },
  }),
  watchGuidelines: (onChange: () => void) => {
    storage.listeners.push(onChange);
    return () => {};
  },
}));

const context = { extensionId: "gelassen", extensionOrigin: "chrome-extension://gelassen/" };
const contentScript = { id: "gelassen", url: "https://www.facebook.com/acme/posts/1", tab: { id: 7 } };
const batch = [
  snapshotOf("Ihr seid doch alle Vollidioten", { id: "a" }),
  snapshotOf("Ihr Service ist eine einzige Katastrophe, ich bin maßlos enttäuscht", { id: "b" }),
  snapshotOf("Wann öffnet die Filiale?", { id: "c" }),
];

async function fresh() {
  vi.resetModules();
  return import("./assess-handlers");
}

describe("comments/assess in the worker", () => {
  beforeEach(() => vi.resetModules());

  it("answers a content script's batch in order with valid, real assessments", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    const answer = await dispatch(
      { gelassen: 1, type: "comments/assess", payload: { comments: batch } },
      contentScript,
      ASSESS_HANDLERS,
      context,
      true,
    );
    expect(answer?.ok).toBe(true);
    const { assessments } = (answer as { value: { assessments: unknown[] } }).value;
    expect(assessments.map((a) => z.parse(Assessment, a).verdict)).toEqual(["may-delete", "keep", "keep"]);
    expect(assessments.map((a) => z.parse(Assessment, a).tone)).toEqual(["angry", "critical", "question"]);
  });

  it("refuses batches from a page that is not one of the sites", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    const stranger = { ...contentScript, url: "https://example.com/" };
    const answer = await dispatch(
      { gelassen: 1, type: "comments/assess", payload: { comments: batch } },
      stranger,
      ASSESS_HANDLERS,
      context,
      true,
    );
    expect(answer?.ok).toBe(false);
  });

  it("gives the same answers after the worker was stopped and started again", async () => {
    const first = await (await fresh()).ASSESS_HANDLERS["comments/assess"]?.({ comments: batch }, contentScript);
    const second = await (await fresh()).ASSESS_HANDLERS["comments/assess"]?.({ comments: batch }, contentScript);
    expect(second).toEqual(first);
  });
});

describe("analysis/prepare: a page of a site starts loading", () => {
  beforeEach(() => {
    storage.facebookOn = true;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());
  const prepare = (handlers: Awaited<ReturnType<typeof fresh>>["ASSESS_HANDLERS"], sender = contentScript) =>
    dispatch({ gelassen: 1, type: "analysis/prepare", payload: {} }, sender, handlers, context, true);

  it("warms the analysis up for a site Gelassen is on for, until it has assessed enough", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    expect(await prepare(ASSESS_HANDLERS)).toEqual({ ok: true, value: { warming: true } });
    vi.runAllTimers();
    expect(await prepare(ASSESS_HANDLERS)).toEqual({ ok: true, value: { warming: false } });
  });

  it("does nothing for a site switched off, and refuses a page of another site", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    storage.facebookOn = false;
    expect(await prepare(ASSESS_HANDLERS)).toEqual({ ok: true, value: { warming: false } });
    expect(vi.getTimerCount()).toBe(0);
    expect((await prepare(ASSESS_HANDLERS, { ...contentScript, url: "https://example.com/" }))?.ok).toBe(false);
  });
});

describe("the guidelines a batch is assessed with", () => {
  beforeEach(() => {
    Object.assign(storage, { companyName: "Acme", reads: 0, fail: false, listeners: [] });
  });
  const assess = async (handlers: Awaited<ReturnType<typeof fresh>>["ASSESS_HANDLERS"], text: string) =>
    (await handlers["comments/assess"]?.({ comments: [snapshotOf(text)] }, contentScript))?.assessments[0];

  it("reads storage once for many batches while the guidelines stay the same", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    for (const text of ["Wann öffnet die Filiale?", "Danke!", "Warum dauert das so lange?"])
      await assess(ASSESS_HANDLERS, text);
    expect(storage.reads).toBe(1);
  });

  it("reads them again once they changed, and assesses with the new ones", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    const text = "Acme ist eine Abzocke, nie wieder!";
    const before = await assess(ASSESS_HANDLERS, text);
    storage.companyName = "Globex";
    for (const listener of storage.listeners) listener();
    const after = await assess(ASSESS_HANDLERS, text);
    expect(storage.reads).toBe(2);
    // The company's name changes what the comment is addressed to, so a stale name would show.
    expect(after).not.toEqual(before);
    const { assessComment } = await import("../analysis");
    expect(before).toEqual(assessComment(snapshotOf(text), { companyName: "Acme" }));
    expect(after).toEqual(assessComment(snapshotOf(text), { companyName: "Globex" }));
  });

  it("tries storage again for the next batch after a read failed", async () => {
    const { ASSESS_HANDLERS } = await fresh();
    storage.fail = true;
    await expect(assess(ASSESS_HANDLERS, "Danke!")).rejects.toThrow("storage is not available");
    storage.fail = false;
    expect(await assess(ASSESS_HANDLERS, "Danke!")).toBeDefined();
    expect(storage.reads).toBe(2);
  });
});

describe("assessBatch with the cache", () => {
  it("computes each distinct comment once and answers repeats from the cache", async () => {
    const { assessBatch } = await fresh();
    const cache = new AssessmentCache();
    const { assessWith } = await import("../analysis/assess");
    let computed = 0;
    const counting = (...args: Parameters<typeof assessWith> extends [unknown, ...infer Rest] ? Rest : never) => {
      computed++;
      return assessWith(undefined, ...args);
    };
    const twice = [...batch, ...batch.map((snapshot) => ({ ...snapshot, id: `${snapshot.id}-again` }))];
    const answers = assessBatch(twice, { companyName: "" }, cache, counting);
    expect(computed).toBe(3);
    expect(answers.slice(3)).toEqual(answers.slice(0, 3));
    assessBatch(batch, { companyName: "" }, cache, counting);
    expect(computed).toBe(3);
    expect(cache.hits).toBe(6);
  });

  it("computes again when the author or the company differ", async () => {
    const { assessBatch } = await fresh();
    const cache = new AssessmentCache();
    const text = "Spannender Beitrag, danke!";
    const [plain, known, company] = [
      assessBatch([snapshotOf(text)], { companyName: "" }, cache)[0],
      assessBatch([snapshotOf(text, { author: { verified: true, followers: 50_000 } })], { companyName: "" }, cache)[0],
      assessBatch([snapshotOf(text)], { companyName: "Acme" }, cache)[0],
    ];
    expect(cache.misses).toBe(3);
    expect(plain?.role).not.toBe(known?.role);
    expect(company).toEqual(plain);
  });

  it("forgets the least recently used entries beyond its capacity", () => {
    const cache = new AssessmentCache(2);
    const some = {} as z.infer<typeof Assessment>;
    cache.set("a", some);
    cache.set("b", some);
    cache.get("a");
    cache.set("c", some);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(some);
    expect(cache.size).toBe(2);
  });
});

describe("warming the analysis up when the worker starts", () => {
  it("assesses one valid sample comment with the real analysis and keeps nothing of it", async () => {
    const { warmUpAnalysis } = await fresh();
    const { CommentSnapshot } = await import("../shared/comment");
    const { assessComment } = await import("../analysis");
    const seen: unknown[] = [];
    warmUpAnalysis((snapshot, guidelines) => {
      seen.push(snapshot);
      return assessComment(snapshot, guidelines);
    });
    expect(seen).toHaveLength(1);
    expect(z.safeParse(CommentSnapshot, seen[0]).success).toBe(true);
    // The real analysis runs on the sample without throwing (that is what builds its tables).
    expect(() => warmUpAnalysis()).not.toThrow();
  });
});
