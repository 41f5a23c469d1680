import { useMemo, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { savedReplyUsability } from "../replies/saved-reply-check";
import type { Guidelines, SavedReply } from "../shared/guidelines";
import { SavedReplyForm } from "./saved-reply-form";
import { SavedReplyStatus } from "./saved-reply-status";

function SavedReplyView(props: {
  reply: SavedReply;
  guidelines: Guidelines;
  disabled: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { reply } = props;
  // The check the suggestions run, in every place the reply could be offered: said here, where it can be fixed.
  const usability = useMemo(() => savedReplyUsability(reply, props.guidelines), [reply, props.guidelines]);
  return (
    <>
      <div class="saved-head">
        <strong class="saved-title">{reply.title}</strong>
        <span class="chip">{t(`optSavedLanguage_${reply.language}`)}</span>
        <span class="saved-buttons">
          <button type="button" class="link-button" disabled={props.disabled} onClick={props.onEdit}>
            {t("optSavedEdit")}
          </button>
          <button type="button" class="link-button" disabled={props.disabled} onClick={props.onRemove}>
            {t("optSavedRemove")}
          </button>
        </span>
      </div>
      <p class="saved-text">{reply.text}</p>
      {reply.topics?.length ? (
        <ul class="chips saved-topics" aria-label={t("optSavedTopicsLabel")}>
          {reply.topics.map((topic) => (
            <li key={topic} class="chip">
              {topic}
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{t("optSavedNoTopics")}</p>
      )}
      <SavedReplyStatus usability={usability} />
    </>
  );
}

/** The company's own replies, offered beside the generated suggestions, and first for their topics. */
export function SavedReplies(props: {
  guidelines: Guidelines;
  disabled: boolean;
  onCommit: (replies: SavedReply[]) => void;
}) {
  const replies = props.guidelines.savedReplies;
  const [editing, setEditing] = useState<string>();
  const replace = (changed: SavedReply) => {
    props.onCommit(replies.map((other) => (other.id === changed.id ? changed : other)));
    setEditing(undefined);
  };
  return (
    <>
      <h3>{t("optSavedTitle")}</h3>
      <p class="muted">{t("optSavedHelp")}</p>
      {replies.length === 0 ? (
        <p class="muted">{t("optSavedNone")}</p>
      ) : (
        <ul class="saved-list">
          {replies.map((reply) => (
            <li key={reply.id} data-saved-id={reply.id}>
              {editing === reply.id ? (
                <SavedReplyForm
                  idPrefix={`saved-edit-${reply.id}`}
                  legend={t("optSavedEditLegend", reply.title)}
                  submitLabel={t("optSavedUpdate")}
                  reply={reply}
                  disabled={props.disabled}
                  onSave={replace}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <SavedReplyView
                  reply={reply}
                  guidelines={props.guidelines}
                  disabled={props.disabled}
                  onEdit={() => setEditing(reply.id)}
                  onRemove={() => props.onCommit(replies.filter((other) => other.id !== reply.id))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <SavedReplyForm
        idPrefix="saved"
        legend={t("optSavedAdd")}
        submitLabel={t("optSavedSave")}
        disabled={props.disabled}
        onSave={(reply) => props.onCommit([...replies, reply])}
      />
    </>
  );
}
