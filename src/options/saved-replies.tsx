import { useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { SavedReply } from "../shared/guidelines";

type Language = SavedReply["language"];
const LANGUAGES: readonly Language[] = ["any", "de", "en"];

/** The company's own replies, offered beside the generated suggestions. */
export function SavedReplies(props: {
  replies: readonly SavedReply[];
  disabled: boolean;
  onCommit: (replies: SavedReply[]) => void;
}) {
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [language, setLanguage] = useState<Language>("any");
  const add = () => {
    if (!title.trim() || !text.trim()) return;
    props.onCommit([...props.replies, { id: crypto.randomUUID(), title: title.trim(), text: text.trim(), language }]);
    setTitle("");
    setText("");
  };
  return (
    <>
      <h3>{t("optSavedTitle")}</h3>
      <p class="muted">{t("optSavedHelp")}</p>
      {props.replies.length === 0 ? (
        <p class="muted">{t("optSavedNone")}</p>
      ) : (
        <ul class="saved-list">
          {props.replies.map((reply) => (
            <li key={reply.id}>
              <div class="saved-head">
                <strong>{reply.title}</strong>
                <span class="chip">{t(`optSavedLanguage_${reply.language}`)}</span>
                <button
                  type="button"
                  class="link-button"
                  disabled={props.disabled}
                  onClick={() => props.onCommit(props.replies.filter((other) => other.id !== reply.id))}
                >
                  {t("optSavedRemove")}
                </button>
              </div>
              <p class="saved-text">{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      <fieldset class="field saved-new" disabled={props.disabled}>
        <legend>{t("optSavedAdd")}</legend>
        <label for="saved-title">{t("optSavedTitleField")}</label>
        <input
          id="saved-title"
          value={title}
          maxLength={120}
          onInput={(event) => setTitle((event.target as HTMLInputElement).value)}
        />
        <label for="saved-text">{t("optSavedTextField")}</label>
        <textarea
          id="saved-text"
          rows={4}
          value={text}
          maxLength={5000}
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        />
        <label for="saved-language">{t("optSavedLanguage")}</label>
        <select
          id="saved-language"
          value={language}
          onChange={(event) => setLanguage((event.target as HTMLSelectElement).value as Language)}
        >
          {LANGUAGES.map((value) => (
            <option key={value} value={value}>
              {t(`optSavedLanguage_${value}`)}
            </option>
          ))}
        </select>
        <div class="actions">
          <button type="button" class="button primary" disabled={!title.trim() || !text.trim()} onClick={add}>
            {t("optSavedSave")}
          </button>
        </div>
      </fieldset>
    </>
  );
}
