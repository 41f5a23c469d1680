import { defineCommentTests, defineSiteTests } from "./comment-checks";
import { testIn } from "./extension";

const test = testIn("en");
defineCommentTests(test, "en");
defineSiteTests(test, "en");
