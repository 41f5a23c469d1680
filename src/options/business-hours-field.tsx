import { useEffect, useRef, useState } from "preact/hooks";
import { t, uiLanguage } from "../platform/i18n";
import { type BusinessHours, type Guidelines, WEEKDAYS } from "../shared/guidelines";
import { deadlineExample, hoursProblem, withDay } from "./business-hours";

const hour = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The line under the hours: what a holding reply would promise for a comment that came in now. */
function exampleText(guidelines: Guidelines, hours: BusinessHours): string {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const example = deadlineExample(guidelines, hours, new Date(), uiLanguage(), timeZone);
  return example.kind === "promise" ? t("optHoursExample", [example.phrase, timeZone]) : t("optHoursNoPromise");
}

/**
 * When the company answers, so a holding reply's deadline falls inside working hours. Every change that makes
 * sense is saved at once; one that does not is said next to the inputs and not saved.
 */
export function BusinessHoursField(props: {
  guidelines: Guidelines;
  disabled: boolean;
  onCommit: (hours: BusinessHours) => void;
}) {
  const saved = props.guidelines.businessHours;
  const [days, setDays] = useState(saved.days);
  const [from, setFrom] = useState(String(saved.fromHour));
  const [to, setTo] = useState(String(saved.toHour));
  // Our own saves come back from storage (twice: saved, then watched), late while the user ticks on: hours this
  // form saved never replace what is on screen; hours set elsewhere (an import, another tab) do.
  const ours = useRef(new Set<string>());
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    if (ours.current.has(savedKey)) return;
    const stored = JSON.parse(savedKey) as BusinessHours;
    setDays(stored.days);
    setFrom(String(stored.fromHour));
    setTo(String(stored.toHour));
  }, [savedKey]);
  const current: BusinessHours = { days, fromHour: hour(from), toHour: hour(to) };
  const problem = hoursProblem(current);
  const commit = (next: BusinessHours) => {
    if (hoursProblem(next)) return;
    ours.current.add(JSON.stringify(next));
    props.onCommit(next);
  };
  const errorId = problem ? "hours-error" : undefined;
  const hoursInvalid = problem === "to-before-from" || problem === "out-of-range" ? "true" : undefined;
  return (
    <fieldset class="field hours" disabled={props.disabled}>
      <legend>{t("optHoursTitle")}</legend>
      <p class="help" id="hours-help">
        {t("optHoursHelp")}
      </p>
      <fieldset class="field hours-days" aria-describedby={problem === "no-day" ? errorId : undefined}>
        <legend>{t("optHoursDays")}</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} class="check-field" for={`hours-day-${day}`}>
            <input
              id={`hours-day-${day}`}
              type="checkbox"
              checked={days.includes(day)}
              onChange={(event) => {
                const next = withDay(days, day, (event.target as HTMLInputElement).checked);
                setDays(next);
                commit({ ...current, days: next });
              }}
            />
            {t(`optWeekday_${day}`)}
          </label>
        ))}
      </fieldset>
      <div class="field-row">
        {(["from", "to"] as const).map((end) => (
          <div key={end} class="field field-number">
            <label for={`hours-${end}`}>{t(end === "from" ? "optHoursFrom" : "optHoursTo")}</label>
            <input
              id={`hours-${end}`}
              type="number"
              inputMode="numeric"
              min={end === "from" ? 0 : 1}
              max={end === "from" ? 23 : 24}
              value={end === "from" ? from : to}
              aria-invalid={hoursInvalid}
              aria-describedby={[errorId, "hours-help"].filter(Boolean).join(" ")}
              onInput={(event) => (end === "from" ? setFrom : setTo)((event.target as HTMLInputElement).value)}
              onChange={() => commit(current)}
            />
          </div>
        ))}
      </div>
      {problem && (
        <p class="help field-error" id="hours-error" role="alert">
          {t(`optHoursProblem_${problem.replaceAll("-", "_")}`)}
        </p>
      )}
      <p class="hours-example" id="hours-example" aria-live="polite">
        {exampleText(props.guidelines, problem ? saved : current)}
      </p>
    </fieldset>
  );
}
