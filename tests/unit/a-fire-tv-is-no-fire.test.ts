import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * A real comment of the training part (seed 1235), tested in wordings of our own: "wont let me play anything on fire
 * tv" was read as a fire and sent to the safety team with a request for the product's batch number.
 */
describe("a Fire TV or Fire tablet named is no fire", () => {
  it.each([
    "your app wont play anything on fire tv since monday",
    "the app keeps freezing on Fire Stick, every single episode",
    "cant log in on fire tablet anymore",
  ])("%s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text, "x");
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(first?.text ?? "").not.toMatch(/safety|batch|sorry to hear that there was a fire/iu);
  });

  it("a machine on fire is still a safety case", () => {
    const { assessment } = goldenAnswer("rheinwerk", "the inverter was on fire last night, smoke everywhere", "x");
    expect(assessment.intent.complaint?.problem).toBe("safety");
  });
});
