import { useMemo, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { MISSING_KINDS, type MissingKind } from "../shared/case";
import type { CaseQuestion, Guidelines } from "../shared/guidelines";
import { builtInQuestion, withQuestion } from "./case-question-check";
import { CaseQuestionForm, formWarning } from "./case-question-form";

const labelOf = (missing: MissingKind) => t(`optMissing_${missing.replaceAll("-", "_")}`);

/** One line of what a reply asks: "Sie: „…“", the text as text. */
function Asked(props: { label: string; text: string }) {
  return (
    <li>
      <span class="case-asked-label">{props.label}</span> {props.text}
    </li>
  );
}

function CaseQuestionView(props: {
  missing: MissingKind;
  own: CaseQuestion | undefined;
  guidelines: Guidelines;
  disabled: boolean;
  onEdit: () => void;
  onReset: () => void;
}) {
  const ours = useMemo(() => builtInQuestion(props.missing), [props.missing]);
  const { own } = props;
  const warning = own?.de ? formWarning(own.de, props.guidelines.addressForm) : undefined;
  return (
    <>
      <div class="saved-head">
        <strong class="saved-title">{labelOf(props.missing)}</strong>
        <span class="chip">{t(own ? "optCaseOwn" : "optCaseBuiltIn")}</span>
        <span class="saved-buttons">
          <button type="button" class="link-button" disabled={props.disabled} onClick={props.onEdit}>
            {t("optCaseEdit")}
          </button>
          {own && (
            <button type="button" class="link-button" disabled={props.disabled} onClick={props.onReset}>
              {t("optCaseReset")}
            </button>
          )}
        </span>
      </div>
      <ul class="case-asked">
        {own?.de ? (
          <Asked label={t("optCaseGermanBoth")} text={own.de} />
        ) : (
          <>
            <Asked label={t("optCaseGermanSie")} text={ours.sie} />
            <Asked label={t("optCaseGermanDu")} text={ours.du} />
          </>
        )}
        <Asked label={t("optCaseEnglishAsked")} text={own?.en || ours.en} />
      </ul>
      {own && (!own.de || !own.en) && <p class="help">{t("optCaseHalf")}</p>}
      {warning && <p class="help field-warning">{warning}</p>}
    </>
  );
}

/**
 * The one question a reply asks to move a case when something is missing (an order number, the app version):
 * Gelassen's wording, or the company's own in German and English.
 */
export function CaseQuestions(props: {
  guidelines: Guidelines;
  disabled: boolean;
  onCommit: (questions: CaseQuestion[]) => void;
}) {
  const list = props.guidelines.caseQuestions;
  const [editing, setEditing] = useState<MissingKind>();
  const form = props.guidelines.addressForm === "du" ? "du" : "sie";
  return (
    <>
      <h3>{t("optCaseTitle")}</h3>
      <p class="muted">{t("optCaseIntro")}</p>
      <p class="help" id="case-help">
        {t("optCaseHelp")}
      </p>
      <ul class="case-list">
        {MISSING_KINDS.map((missing) => {
          const own = list.find((question) => question.missing === missing);
          const ours = builtInQuestion(missing);
          // A wording left as Gelassen's is not the company's: replies keep alternating and following du and Sie.
          const commit = (wording: { de: string; en: string }) => {
            const de = wording.de.trim() === ours[form] ? "" : wording.de;
            const en = wording.en.trim() === ours.en ? "" : wording.en;
            props.onCommit(withQuestion(list, missing, { de, en }));
            setEditing(undefined);
          };
          return (
            <li key={missing} data-missing={missing}>
              {editing === missing ? (
                <CaseQuestionForm
                  idPrefix={`case-${missing}`}
                  legend={t("optCaseEditLegend", labelOf(missing))}
                  start={{ de: own?.de || ours[form], en: own?.en || ours.en }}
                  addressForm={props.guidelines.addressForm}
                  disabled={props.disabled}
                  onSave={commit}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <CaseQuestionView
                  missing={missing}
                  own={own}
                  guidelines={props.guidelines}
                  disabled={props.disabled}
                  onEdit={() => setEditing(missing)}
                  onReset={() => commit({ de: "", en: "" })}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
