import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../sites/registry";
import type { Feature } from "./feature";
import { Session } from "./session";

function recorder() {
  const log: string[] = [];
  const feature: Feature = {
    name: "recorder",
    init(page, signal) {
      log.push(`start ${page.site}`);
      page.counts.found += 2;
      signal.addEventListener("abort", () => log.push("stop"));
    },
  };
  return { log, feature };
}

describe("Session", () => {
  it("starts features once and stops them cleanly", () => {
    const { log, feature } = recorder();
    const session = new Session(ADAPTERS.x, [feature]);
    session.setEnabled(true);
    session.setEnabled(true);
    expect(log).toEqual(["start x"]);
    expect(session.status()).toMatchObject({ site: "x", active: true, counts: { found: 2 } });
    session.setEnabled(false);
    expect(log).toEqual(["start x", "stop"]);
    expect(session.status()).toMatchObject({ active: false, counts: { found: 0, read: 0, assessed: 0 } });
  });

  it("starts again after a stop, with fresh counts", () => {
    const { log, feature } = recorder();
    const session = new Session(ADAPTERS.linkedin, [feature]);
    session.start();
    session.stop();
    session.start();
    expect(log).toEqual(["start linkedin", "stop", "start linkedin"]);
    expect(session.status().counts.found).toBe(2);
  });

  it("keeps the other features running when one fails to start", () => {
    const { log, feature } = recorder();
    const broken: Feature = {
      name: "broken",
      init() {
        throw new Error("boom");
      },
    };
    const session = new Session(ADAPTERS.facebook, [broken, feature]);
    const originalError = console.error;
    console.error = () => {};
    try {
      session.start();
    } finally {
      console.error = originalError;
    }
    expect(log).toEqual(["start facebook"]);
    expect(session.running).toBe(true);
  });
});
