// The content script for linkedin pages: only this site's adapter is bundled.
import { linkedin } from "../sites/linkedin/adapter";
import { start } from "./start";

start(linkedin);
