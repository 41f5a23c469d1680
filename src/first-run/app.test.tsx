// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "../../tests/unit/i18n-mock";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";

/** An administrator's policy sets the guidelines; the user's own storage holds the first-run state. */
const policy: Guidelines = { ...DEFAULT_GUIDELINES, companyName: "Policy GmbH", signOff: "Kind regards, Policy GmbH" };
const saved = vi.hoisted(() => ({ firstRun: [] as string[], guidelines: [] as unknown[], previews: [] as unknown[] }));

vi.mock("../platform/i18n", () => ({ t: messagesFor("en"), uiLanguage: () => "en" }));
vi.mock("../platform/tabs", () => ({ openOptionsPage: vi.fn() }));
vi.mock("../platform/messaging", () => ({
  send: async (_type: string, payload: { guidelines: Guidelines }) => {
    saved.previews.push(payload.guidelines);
    return { ok: true, value: { suggestions: [{ text: `Hello. ${payload.guidelines.signOff}` }] } };
  },
}));
vi.mock("../platform/storage", () => ({
  loadGuidelines: async () => structuredClone(policy),
  loadGuidelinesRepaired: async () => ({ value: structuredClone(policy), problems: [] }),
  saveGuidelines: async (value: unknown) => void saved.guidelines.push(value),
  hasManagedGuidelines: async () => true,
  watchGuidelines: () => () => undefined,
  loadFirstRun: async () => ({ version: 1, state: "pending" }),
  saveFirstRun: async (state: string) => void saved.firstRun.push(state),
  watchFirstRun: () => () => undefined,
  loadSettings: async () => ({ version: 1, sites: { facebook: true, x: true, linkedin: true } }),
  updateSettings: vi.fn(),
  watchSettings: () => () => undefined,
}));

const { FirstRunApp } = await import("./app");

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const button = (name: string) =>
  [...document.querySelectorAll("button")].find((each) => each.textContent === name) as HTMLButtonElement;

beforeEach(async () => {
  Object.assign(saved, { firstRun: [], guidelines: [], previews: [] });
  document.body.replaceChildren();
  await act(() => render(<FirstRunApp />, document.body.appendChild(document.createElement("main"))));
  await settle();
});

describe("the first-run page under an administrator's policy", () => {
  it("says so and shows the guidelines read-only, the import included", async () => {
    expect(document.body.textContent).toContain("Your administrator sets the guidelines by policy");
    expect((document.querySelector('input[type="file"]') as HTMLInputElement).disabled).toBe(true);
    await act(() => button("Next").click());
    const company = document.getElementById("company") as HTMLInputElement;
    expect(company.value).toBe("Policy GmbH");
    expect(company.disabled).toBe(true);
    expect((document.getElementById("signoff") as HTMLInputElement).disabled).toBe(true);
    expect(
      [...document.querySelectorAll('input[type="radio"]')].every(
        (radio) => (radio as HTMLInputElement).disabled || radio.closest("fieldset")?.disabled,
      ),
    ).toBe(true);
  });

  it("previews the policy's guidelines and writes none of its own", async () => {
    await settle();
    expect(document.querySelector('[data-preview="suggestion"]')?.textContent).toBe("Hello. Kind regards, Policy GmbH");
    expect(saved.previews.at(-1)).toMatchObject({ companyName: "Policy GmbH" });
    expect(saved.guidelines).toEqual([]);
  });

  it("can still be skipped or finished, and remembers which", async () => {
    await act(() => button("Skip setup").click());
    // The stored state stays "pending" here (nothing watches the mock), so the steps stay on screen.
    for (let step = 1; step < 5; step++) await act(() => button("Next").click());
    expect(button("Next")).toBeUndefined();
    await act(() => button("Finish").click());
    expect(saved.firstRun).toEqual(["skipped", "done"]);
  });
});
