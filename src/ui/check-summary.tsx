import { useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { DraftCheck } from "../shared/replies";
import { checkLabel } from "./check-label";

/** The draft check in one line, expandable into what to fix. */
export function CheckSummary({ check }: { check: DraftCheck }) {
  const [open, setOpen] = useState(false);
  const problems = check.findings.filter((finding) => finding.severity === "problem");
  const hints = check.findings.filter((finding) => finding.severity === "hint");
  const state = check.ok ? "ok" : check.calm ? "problems" : "heated";
  const label = checkLabel(check);
  const listed = [...problems, ...hints];
  return (
    <div class="check" data-state={state}>
      <button
        type="button"
        class="check-toggle"
        aria-expanded={open}
        disabled={!listed.length}
        onClick={() => setOpen(!open)}
      >
        <span class="check-dot" aria-hidden="true" />
        {label}
      </button>
      {open && (
        <ul class="check-findings">
          {listed.map((finding) => (
            <li key={`${finding.code}-${finding.start}`} data-severity={finding.severity}>
              {t(`finding_${finding.code.replaceAll("-", "_")}`, finding.text)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
