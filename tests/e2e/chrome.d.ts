// Code passed to worker.evaluate and page.evaluate runs inside the extension, where `chrome` exists.
/// <reference types="chrome" />
