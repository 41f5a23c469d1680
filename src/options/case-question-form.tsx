import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { AddressForm } from "../shared/guidelines";
import { formMismatch, MAX_QUESTION_LENGTH, strayBrace, unknownPlaceholders } from "./case-question-check";

/** Why a wording cannot be saved, in the page's words; undefined when it can. */
export function wordingError(text: string): string | undefined {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) return t("optCaseUnknownPlaceholder", unknown.join(", "));
  if (strayBrace(text)) return t("optCaseStrayBrace");
  return undefined;
}

/** A German question that says the other address form than the guidelines' (a warning: it can be saved). */
export function formWarning(text: string, form: AddressForm): string | undefined {
  const mismatch = formMismatch(text, form);
  if (!mismatch) return undefined;
  const words = mismatch.words.join(" / ");
  return form === "mirror" ? t(`optCaseFormMirror_${mismatch.used}`, words) : t(`optCaseFormWrong_${form}`, words);
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

/** The company's German and English wording of one question, started from what replies ask today. */
export function CaseQuestionForm(props: {
  idPrefix: string;
  legend: string;
  start: { de: string; en: string };
  addressForm: AddressForm;
  disabled: boolean;
  onSave: (wording: { de: string; en: string }) => void;
  onCancel: () => void;
}) {
  const [de, setDe] = useState(props.start.de);
  const [en, setEn] = useState(props.start.en);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const deError = wordingError(de);
  const enError = wordingError(en);
  return (
    <fieldset class="field case-form" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      <Wording
        id={`${props.idPrefix}-de`}
        label={t("optCaseGerman")}
        value={de}
        error={deError}
        warning={formWarning(de, props.addressForm)}
        inputRef={first}
        onInput={setDe}
      />
      <Wording id={`${props.idPrefix}-en`} label={t("optCaseEnglish")} value={en} error={enError} onInput={setEn} />
      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={!!deError || !!enError}
          onClick={() => props.onSave({ de, en })}
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
