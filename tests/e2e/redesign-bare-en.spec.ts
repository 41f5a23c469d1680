import { SCRAMBLES } from "../fixtures/scramble.mjs";
import { testIn } from "./extension";
import { defineRedesignTests } from "./redesign-checks";

// Its own browser: the interface language is fixed when Chromium starts, the redesign when pages are routed.
const scramble = SCRAMBLES.find((variant) => variant.mode === "bare");
if (!scramble) throw new Error("no bare variant in tests/fixtures/scramble.mjs");
defineRedesignTests(testIn("en", { scramble }), "en", scramble);
