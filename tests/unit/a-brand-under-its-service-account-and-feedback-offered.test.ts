import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { reviewable } from "../../src/analysis/assess";
import { normalise } from "../../src/analysis/normalise";
import { snapshotOf } from "../../src/analysis/snapshot";
import { goldenAnswer } from "./company-answers";

/**
 * Found reading first suggestions for real customer-care openings from the training part (2026-12-07), tested in
 * wordings of our own. "@Yahoo …" under the thread of @YahooCare was read as said to another reader, and so were
 * 18 more training openings; polite feedback "from a loyal user" went to review on the model's word "loyal" and got a
 * tone boundary; a help page quoted ('says "Can't get into your account? Make a new one!"') became the writer's own
 * login failure; a game bought and not received became "something wrong with your bill"; a verdict on the grand
 * coalition got "if you have questions".
 */

const onX = (text: string, threadOwner: string) =>
  assessComment(snapshotOf(text, { site: "x", threadOwner }), { companyName: "" } as Parameters<
    typeof assessComment
  >[1]);

describe("a brand tagged under its own service account", () => {
  it.each([
    ["@Netflix any plans to bring back the old profile icons? the new ones are meh", "NetflixHelps"],
    [
      "@Spotify I might be one of the last who still pay for premium, but the ads in podcasts are a bit much.",
      "SpotifyCares",
    ],
    ["@Adobe any chance of a dark mode for the web app?", "AdobeCare"],
  ])("%s is put to the company", (text, owner) => {
    expect(onX(text, owner).intent.addressedTo).toBe("company");
  });
});

describe("what the writer says of our texts and of their order", () => {
  it("a help page quoted is no login failure of theirs", () => {
    const assessment = onX(
      "Their FAQ page literally says \"Can't log in? Just make a new account!\" like that's normal support",
      "Google",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("a game bought, charged and not received is a delivery", () => {
    const assessment = onX(
      "@Steam I bought a game yesterday but didn't receive it. My card got charged though.",
      "SteamSupport",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
  });
});

describe("feedback offered as such", () => {
  it("is never held for review on the model's word alone", () => {
    const text =
      "@Proton the amount of spam emails that get past your filter is a bit ridiculous lately. Feedback from a loyal user.";
    expect(reviewable(normalise(text), [], false, {}, "", 0.9, ["loyal"])).toBe(false);
  });
});

describe("a verdict on a government", () => {
  it("on the grand coalition needs no reply", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Meine Skepsis gegen die große Koalition bleibt, die Zwischenbilanz ist durchwachsen.",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});
