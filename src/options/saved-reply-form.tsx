import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { SavedReply } from "../shared/guidelines";
import { parseTopics, type TopicsInput, topicsText } from "./topics-input";

type Language = SavedReply["language"];
const LANGUAGES: readonly Language[] = ["any", "de", "en"];

function topicsError(parsed: TopicsInput): string | undefined {
  if (parsed.ok) return undefined;
  return parsed.error === "too-many"
    ? t("optSavedTooManyTopics", String(parsed.count))
    : t("optSavedTopicTooLong", parsed.topic);
}

/**
 * A saved reply's fields, to add one (`reply` absent) or change one. `idPrefix` keeps the labels of the add form
 * and an open edit form apart. Saving keeps the reply's id and roles, so an edit is the same reply changed.
 */
export function SavedReplyForm(props: {
  idPrefix: string;
  legend: string;
  submitLabel: string;
  reply?: SavedReply;
  disabled: boolean;
  onSave: (reply: SavedReply) => void;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(props.reply?.title ?? "");
  const [text, setText] = useState(props.reply?.text ?? "");
  const [language, setLanguage] = useState<Language>(props.reply?.language ?? "any");
  const [topics, setTopics] = useState(topicsText(props.reply?.topics));
  const parsed = parseTopics(topics);
  const error = topicsError(parsed);
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const first = useRef<HTMLInputElement>(null);
  // An edit form opens where the reply was: the keyboard goes with it.
  useEffect(() => {
    if (props.reply) first.current?.focus();
  }, [props.reply]);
  const save = () => {
    if (!title.trim() || !text.trim() || !parsed.ok) return;
    const { topics: _old, ...rest } = props.reply ?? { id: crypto.randomUUID() };
    const reply: SavedReply = { ...rest, title: title.trim(), text: text.trim(), language };
    if (parsed.topics.length) reply.topics = parsed.topics;
    props.onSave(reply);
    if (props.reply) return;
    setTitle("");
    setText("");
    setTopics("");
  };
  return (
    <fieldset class="field saved-form" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      <label for={id("title")}>{t("optSavedTitleField")}</label>
      <input
        ref={first}
        id={id("title")}
        value={title}
        maxLength={120}
        onInput={(event) => setTitle((event.target as HTMLInputElement).value)}
      />
      <label for={id("text")}>{t("optSavedTextField")}</label>
      <textarea
        id={id("text")}
        rows={4}
        value={text}
        maxLength={5000}
        aria-describedby={id("text-help")}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      <p class="help" id={id("text-help")}>
        {t("optSavedTextHelp")}
      </p>
      <label for={id("language")}>{t("optSavedLanguage")}</label>
      <select
        id={id("language")}
        value={language}
        onChange={(event) => setLanguage((event.target as HTMLSelectElement).value as Language)}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value}>
            {t(`optSavedLanguage_${value}`)}
          </option>
        ))}
      </select>
      <label for={id("topics")}>{t("optSavedTopics")}</label>
      <input
        id={id("topics")}
        value={topics}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={id("topics-help")}
        onInput={(event) => setTopics((event.target as HTMLInputElement).value)}
      />
      {error && (
        <p class="help field-error" role="alert">
          {error}
        </p>
      )}
      <p class="help" id={id("topics-help")}>
        {t("optSavedTopicsHelp")}
      </p>
      <div class="actions">
        <button type="button" class="button primary" disabled={!title.trim() || !text.trim() || !!error} onClick={save}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button" onClick={props.onCancel}>
            {t("optSavedCancel")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
