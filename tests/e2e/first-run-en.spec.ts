import { defineFirstRunTests } from "./first-run-checks";

defineFirstRunTests("en");
