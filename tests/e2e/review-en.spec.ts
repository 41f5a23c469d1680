import { testIn } from "./extension";
import { defineReviewTests } from "./review-checks";

defineReviewTests(testIn("en"), "en");
