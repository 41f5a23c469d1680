import { testIn } from "./extension";
import { defineSuggestionTests } from "./suggestion-checks";

defineSuggestionTests(testIn("en"), "en");
