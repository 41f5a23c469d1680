import { testIn } from "./extension";
import { defineKeyboardTests } from "./keyboard-checks";

defineKeyboardTests(testIn("de"), "de");
