import { describe, expect, it } from "vitest";
import { gated } from "./gated";

describe("gated", () => {
  const pattern = gated(/bestellt/u, /(\p{Lu}\p{L}+) bestellt/u);

  it("finds what the pattern finds where the gate word occurs", () => {
    expect(pattern.test("Hafermilch bestellt")).toBe(true);
    expect(pattern.exec("Hafermilch bestellt")?.[1]).toBe("Hafermilch");
  });

  it("never tries the pattern where the gate word is missing", () => {
    const strict = gated(/nie da/u, /Hafermilch/u);
    expect(strict.test("Hafermilch")).toBe(false);
    expect(strict.exec("Hafermilch")).toBeNull();
  });
});
