import { defineCommentTests, defineSiteTests } from "./comment-checks";
import { testIn } from "./extension";

// Its own browser: the interface language is fixed when Chromium starts.
const test = testIn("de");
defineCommentTests(test, "de");
defineSiteTests(test, "de");
