import { render } from "preact";
import "../ui/tokens.css";
import "../ui/theme.css";
import "../ui/components.css";
import "../ui/visually-hidden.css";
import "../options/options.css";
import "../options/hours-questions.css";
import "./first-run.css";
import { t, uiLanguage } from "../platform/i18n";
import { FirstRunApp } from "./app";

document.documentElement.lang = uiLanguage();
document.title = t("frPageTitle");
const root = document.getElementById("app");
if (root) render(<FirstRunApp />, root);
