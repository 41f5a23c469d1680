import { testIn } from "./extension";
import { defineReviewTests } from "./review-checks";

defineReviewTests(testIn("de"), "de");
