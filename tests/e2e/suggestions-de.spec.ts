import { testIn } from "./extension";
import { defineSuggestionTests } from "./suggestion-checks";

defineSuggestionTests(testIn("de"), "de");
