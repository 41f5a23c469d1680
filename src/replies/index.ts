/** Reply suggestions and the draft check. Pure: imports only src/shared/. */
export { checkDraft } from "./check-draft";
export { type ComposeOptions, composeReplies, replyLanguage } from "./compose";
export { PLACEHOLDER_TEXT } from "./placeholder";
export { choosePlans } from "./plans";
export { platformLength } from "./platform-length";
export { isViolation } from "./strategies";
