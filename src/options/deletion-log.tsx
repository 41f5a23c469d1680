import { useEffect, useState } from "preact/hooks";
import { CSV_COLUMNS, deletionsToCsv, deletionsToJson } from "../monitor/deletion-export";
import { reviewWords } from "../monitor/guard";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import { deletionLink } from "../shared/deletion-origin";
import type { DeletionEntry } from "../shared/monitor";
import { SITE_NAMES } from "../shared/sites";
import { quoted, verdictLabel, violationLabel } from "../ui/labels";
import { UnsavedRemovals } from "../ui/unsaved-removals";
import { download, today } from "./download";

/** The site, as a link to the comment's page only when that is an https page of the site itself. */
function SiteCell({ entry }: { entry: DeletionEntry }) {
  const link = deletionLink(entry);
  if (!link) return <span title={entry.url}>{SITE_NAMES[entry.site]}</span>;
  return (
    <a href={link} target="_blank" rel="noreferrer">
      {SITE_NAMES[entry.site]}
    </a>
  );
}

/** Every removal that passed the guard, for the team's records; exported as CSV or JSON, or cleared. */
export function DeletionLog() {
  const [entries, setEntries] = useState<DeletionEntry[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send("deletions/list", {}).then((result) =>
      result.ok ? setEntries(result.value.entries) : setError(result.error),
    );
  }, []);
  const headers = Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`col_${column}`)])) as Record<
    (typeof CSV_COLUMNS)[number],
    string
  >;
  const clear = async () => {
    if (!window.confirm(t("optLogClearConfirm"))) return;
    const result = await send("deletions/clear", {});
    if (result.ok) setEntries([]);
    else setError(result.error);
  };
  return (
    <section class="card" aria-labelledby="log-title">
      <h2 id="log-title">{t("optLogTitle")}</h2>
      <p class="muted">{t("optLogHelp")}</p>
      <UnsavedRemovals />
      {error && (
        <p class="status" data-kind="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={!entries?.length}
          onClick={() =>
            entries &&
            download(`gelassen-deletions-${today()}.csv`, deletionsToCsv(entries, headers), "text/csv;charset=utf-8")
          }
        >
          {t("optLogExportCsv")}
        </button>
        <button
          type="button"
          class="button"
          disabled={!entries?.length}
          onClick={() =>
            entries && download(`gelassen-deletions-${today()}.json`, deletionsToJson(entries), "application/json")
          }
        >
          {t("optLogExportJson")}
        </button>
        <button type="button" class="button" disabled={!entries?.length} onClick={clear}>
          {t("optLogClear")}
        </button>
      </div>
      {entries && entries.length === 0 && <p class="muted">{t("optLogNone")}</p>}
      {entries && entries.length > 0 && (
        <table class="log-table">
          <thead>
            <tr>
              {(["time", "site", "author", "action", "verdict", "text"] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`col_${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.at}-${entry.commentKey}`} data-overrode={entry.overrode}>
                <td>{new Date(entry.at).toLocaleString()}</td>
                <td>
                  <SiteCell entry={entry} />
                </td>
                <td>{entry.author}</td>
                <td>{t(`action_${entry.action}`)}</td>
                <td>
                  {entry.verdict === "review" ? (
                    // What made it look abusive, and that the user judged it: "check it against…" would be advice.
                    t("optLogReviewed", quoted(reviewWords(entry)))
                  ) : (
                    <>
                      {entry.verdict === "unknown" ? t("commentNotAssessed") : verdictLabel(entry.verdict)}
                      {entry.violations.length > 0 && (
                        <div class="muted">{entry.violations.map(violationLabel).join(", ")}</div>
                      )}
                    </>
                  )}
                  {entry.overrode && <div class="overrode">{t("optLogOverrode")}</div>}
                </td>
                <td class="log-text">{entry.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
