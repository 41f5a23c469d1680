import { useMemo, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { MISSING_KINDS, type MissingKind } from "../shared/case";
import type { CaseQuestion, Guidelines } from "../shared/guidelines";
import { askedQuestion, builtInQuestion, type Wording, withQuestion } from "./case-question-check";
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
  const { own } = props;
  const asked = useMemo(() => askedQuestion(props.missing, own), [props.missing, own]);
  const warnings = [own?.de && formWarning(own.de, "sie"), own?.du && formWarning(own.du, "du")].filter(Boolean);
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
        <Asked label={t("optCaseGermanSie")} text={asked.sie} />
        <Asked label={t("optCaseGermanDu")} text={asked.du} />
        <Asked label={t("optCaseEnglishAsked")} text={asked.en} />
      </ul>
      {warnings.map((warning) => (
        <p key={warning} class="help field-warning">
          {warning}
        </p>
      ))}
    </>
  );
}

/**
 * The one question a reply asks to move a case when something is missing (an order number, the app version):
 * Gelassen's wording, or the company's own in German (Sie and du) and English.
 */
export function CaseQuestions(props: {
  guidelines: Guidelines;
  disabled: boolean;
  onCommit: (questions: CaseQuestion[]) => void;
}) {
  const list = props.guidelines.caseQuestions;
  const [editing, setEditing] = useState<MissingKind>();
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
          // A wording left as Gelassen's is not the company's: replies keep alternating between Gelassen's two.
          const commit = (wording: Wording) => {
            const de = wording.de.trim() === ours.sie ? "" : wording.de;
            const du = wording.du.trim() === ours.du ? "" : wording.du;
            const en = wording.en.trim() === ours.en ? "" : wording.en;
            props.onCommit(withQuestion(list, missing, { de, du, en }));
            setEditing(undefined);
          };
          return (
            <li key={missing} data-missing={missing}>
              {editing === missing ? (
                <CaseQuestionForm
                  idPrefix={`case-${missing}`}
                  legend={t("optCaseEditLegend", labelOf(missing))}
                  start={{ de: own?.de || ours.sie, du: own?.du || ours.du, en: own?.en || ours.en }}
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
                  onReset={() => commit({ de: "", du: "", en: "" })}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
