import { render } from "preact";
import "../ui/tokens.css";
import "../ui/theme.css";
import "../ui/components.css";
import "../ui/visually-hidden.css";
import "./popup.css";
import { uiLanguage } from "../platform/i18n";
import { PopupApp } from "./app";

document.documentElement.lang = uiLanguage();
const root = document.getElementById("app");
if (root) render(<PopupApp />, root);
