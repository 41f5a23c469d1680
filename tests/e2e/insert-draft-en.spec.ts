import { testIn } from "./extension";
import { defineInsertTests } from "./insert-checks";

defineInsertTests(testIn("en"), "en");
