import { defineFirefoxSuite } from "./firefox-suite";

defineFirefoxSuite("en");
