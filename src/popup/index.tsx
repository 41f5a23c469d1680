import { render } from "preact";
import "../ui/theme.css";
import "./popup.css";
import { uiLanguage } from "../platform/i18n";
import { PopupApp } from "./app";

document.documentElement.lang = uiLanguage();
const root = document.getElementById("app");
if (root) render(<PopupApp />, root);
