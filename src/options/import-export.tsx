import { useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { Guidelines } from "../shared/guidelines";
import { exportGuidelines, type ImportIssue, parseGuidelinesImport } from "../shared/guidelines-import";
import { download, today } from "./download";
import { issueText } from "./issue-text";

type Outcome = { ok: true } | { ok: false; issues: ImportIssue[] } | undefined;

/**
 * Guidelines as a JSON file: exported whole, imported all or nothing with every wrong field named. The first-run
 * page shows the import alone (`importOnly`), under its own heading: a new user has nothing to export yet.
 */
export function ImportExport({
  guidelines,
  disabled,
  onImport,
  importOnly = false,
}: {
  guidelines: Guidelines;
  disabled: boolean;
  onImport: (g: Guidelines) => void;
  importOnly?: boolean;
}) {
  const [outcome, setOutcome] = useState<Outcome>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = parseGuidelinesImport(await file.text(), guidelines);
    if (result.ok) onImport(result.value);
    setOutcome(result.ok ? { ok: true } : { ok: false, issues: result.issues });
  };
  return (
    <>
      {!importOnly && <h3>{t("optImportExportTitle")}</h3>}
      <div class="actions">
        {!importOnly && (
          <button
            type="button"
            class="button"
            onClick={() =>
              download(`gelassen-guidelines-${today()}.json`, exportGuidelines(guidelines), "application/json")
            }
          >
            {t("optExport")}
          </button>
        )}
        <label class="button file-button">
          {t("optImport")}
          <input
            type="file"
            accept="application/json,.json"
            disabled={disabled}
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              void read(input.files?.[0]).finally(() => {
                input.value = "";
              });
            }}
          />
        </label>
      </div>
      {outcome?.ok === true && (
        <p class="status" role="status">
          {t("optImportDone")}
        </p>
      )}
      {outcome?.ok === false && (
        <div class="advice advice-violation import-errors" role="alert">
          <strong>{t("optImportFailed")}</strong>
          <ul>
            {outcome.issues.map((issue) => (
              <li key={`${issue.path}-${issue.code}`}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
