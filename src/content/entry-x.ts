// The content script for x pages: only this site's adapter is bundled.
import { x } from "../sites/x/adapter";
import { start } from "./start";

start(x);
