import { testIn } from "./extension";
import { defineGuardTests } from "./guard-checks";

defineGuardTests(testIn("de"), "de");
