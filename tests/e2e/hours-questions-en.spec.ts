import { testIn } from "./extension";
import { defineHoursQuestionTests } from "./hours-questions-checks";

defineHoursQuestionTests(testIn("en"), "en");
