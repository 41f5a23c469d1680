import { testIn } from "./extension";
import { defineInsertTests } from "./insert-checks";

// Its own browser: the interface language is fixed when Chromium starts.
defineInsertTests(testIn("de"), "de");
