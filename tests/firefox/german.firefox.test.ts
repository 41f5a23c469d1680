import { defineFirefoxSuite } from "./firefox-suite";

defineFirefoxSuite("de");
