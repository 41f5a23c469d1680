import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import {
  formMismatch,
  MAX_QUESTION_LENGTH,
  strayBrace,
  unknownPlaceholders,
  type Wording as Wordings,
} from "./case-question-check";

/** Why a wording cannot be saved, in the page's words; undefined when it can. */
export function wordingError(text: string): string | undefined {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) return t("optCaseUnknownPlaceholder", unknown.join(", "));
  if (strayBrace(text)) return t("optCaseStrayBrace");
  return undefined;
}

/** A German wording that says the other address form than its field (a warning: it can be saved). */
export function formWarning(text: string, field: "sie" | "du"): string | undefined {
  const mismatch = formMismatch(text, field);
  if (!mismatch) return undefined;
  return t(`optCaseFormWrong_${field}`, mismatch.words.join(" / "));
}

function Wording(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  warning?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
  onInput: (value: string) => void;
}) {
  const described = [props.error && `${props.id}-error`, props.warning && `${props.id}-warning`, "case-help"];
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <textarea
        ref={props.inputRef}
        id={props.id}
        rows={2}
        value={props.value}
        maxLength={MAX_QUESTION_LENGTH}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={described.filter(Boolean).join(" ")}
        onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)}
      />
      {props.error && (
        <p class="help field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      )}
      {props.warning && (
        <p class="help field-warning" id={`${props.id}-warning`}>
          {props.warning}
        </p>
      )}
    </>
  );
}

/** The company's wordings of one question (German with Sie, German with du, English), started from today's. */
export function CaseQuestionForm(props: {
  idPrefix: string;
  legend: string;
  start: Wordings;
  disabled: boolean;
  onSave: (wording: Wordings) => void;
  onCancel: () => void;
}) {
  const [de, setDe] = useState(props.start.de);
  const [du, setDu] = useState(props.start.du);
  const [en, setEn] = useState(props.start.en);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const errors = { de: wordingError(de), du: wordingError(du), en: wordingError(en) };
  return (
    <fieldset class="field case-form" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      <Wording
        id={`${props.idPrefix}-de`}
        label={t("optCaseGermanSieField")}
        value={de}
        error={errors.de}
        warning={formWarning(de, "sie")}
        inputRef={first}
        onInput={setDe}
      />
      <Wording
        id={`${props.idPrefix}-du`}
        label={t("optCaseGermanDuField")}
        value={du}
        error={errors.du}
        warning={formWarning(du, "du")}
        onInput={setDu}
      />
      <Wording id={`${props.idPrefix}-en`} label={t("optCaseEnglish")} value={en} error={errors.en} onInput={setEn} />
      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={!!errors.de || !!errors.du || !!errors.en}
          onClick={() => props.onSave({ de, du, en })}
        >
          {t("optCaseSave")}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t("optSavedCancel")}
        </button>
      </div>
    </fieldset>
  );
}
