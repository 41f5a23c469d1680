import { render } from "preact";
import "../ui/tokens.css";
import "../ui/theme.css";
import "../ui/components.css";
import "../ui/visually-hidden.css";
import "./options.css";
import "./saved-replies.css";
import "./hours-questions.css";
import { t, uiLanguage } from "../platform/i18n";
import { OptionsApp } from "./app";

document.documentElement.lang = uiLanguage();
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root) render(<OptionsApp />, root);
