import { testIn } from "./extension";
import { defineKeyboardTests } from "./keyboard-checks";

defineKeyboardTests(testIn("en"), "en");
