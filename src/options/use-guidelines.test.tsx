// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";

/** storage.local as the hook sees it: reads can be held back to arrive late, as a slow read does in a browser. */
const storage = vi.hoisted(() => ({
  stored: undefined as unknown,
  watcher: undefined as (() => void) | undefined,
  held: [] as (() => void)[],
  hold: false,
}));

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));
vi.mock("../platform/storage", () => {
  const loadGuidelines = () => {
    const value = structuredClone(storage.stored ?? DEFAULT_GUIDELINES) as Guidelines;
    if (!storage.hold) return Promise.resolve(value);
    return new Promise<Guidelines>((resolve) => storage.held.push(() => resolve(value)));
  };
  return {
    loadGuidelines,
    loadGuidelinesRepaired: () => loadGuidelines().then((value) => ({ value, problems: [] })),
    saveGuidelines: async (value: Guidelines) => {
      storage.stored = structuredClone(value);
      storage.watcher?.();
    },
    hasManagedGuidelines: async () => false,
    watchGuidelines: (onChange: () => void) => {
      storage.watcher = onChange;
      return () => undefined;
    },
  };
});

const { useGuidelines } = await import("./use-guidelines");

let hook: ReturnType<typeof useGuidelines>;
function Probe() {
  hook = useGuidelines();
  return null;
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(async () => {
  Object.assign(storage, { stored: undefined, watcher: undefined, held: [], hold: false });
  document.body.replaceChildren();
  await act(() => render(<Probe />, document.body.appendChild(document.createElement("div"))));
  await settle();
});

describe("useGuidelines", () => {
  it("keeps both of two changes made before the page renders again", async () => {
    // Leaving the company field by clicking a radio button: two commits in one go.
    await act(async () => {
      void hook.update((current) => ({ ...current, companyName: "Nordlicht" }));
      void hook.update((current) => ({ ...current, addressForm: "du" }));
    });
    await settle();
    expect(storage.stored).toMatchObject({ companyName: "Nordlicht", addressForm: "du" });
    expect(hook.guidelines).toMatchObject({ companyName: "Nordlicht", addressForm: "du" });
  });

  it("lets no read that began before a change bring back what the change replaced", async () => {
    storage.hold = true;
    // The first save's own echo starts a read, which is slow; the user changes something else meanwhile.
    await act(async () => void hook.update((current) => ({ ...current, companyName: "Nordlicht" })));
    await act(async () => void hook.update((current) => ({ ...current, signOff: "Cheers, Nordlicht" })));
    storage.hold = false;
    // The first read answers only now, with what storage held when it began (no sign-off yet)…
    storage.stored = { ...DEFAULT_GUIDELINES, companyName: "Nordlicht" };
    await act(async () => storage.held.shift()?.());
    await settle();
    // …and is ignored: the page shows, and builds its next change on, the newest guidelines.
    expect(hook.guidelines).toMatchObject({ companyName: "Nordlicht", signOff: "Cheers, Nordlicht" });
    await act(async () => void hook.update((current) => ({ ...current, initials: "/ak" })));
    expect(storage.stored).toMatchObject({ companyName: "Nordlicht", signOff: "Cheers, Nordlicht", initials: "/ak" });
  });

  it("refuses a wrong value with its reason and keeps the stored one", async () => {
    await act(async () => void hook.update((current) => ({ ...current, companyName: "x".repeat(121) })));
    expect(hook.save?.kind).toBe("error");
    expect(storage.stored).toBeUndefined();
  });
});
