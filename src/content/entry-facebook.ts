// The content script for facebook pages: only this site's adapter is bundled.
import { facebook } from "../sites/facebook/adapter";
import { start } from "./start";

start(facebook);
