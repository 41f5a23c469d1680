import { useEffect, useRef, useState } from "preact/hooks";
import { useGuidelines } from "../options/use-guidelines";
import { t, uiLanguage } from "../platform/i18n";
import { loadFirstRun, saveFirstRun, watchFirstRun } from "../platform/storage";
import { openOptionsPage } from "../platform/tabs";
import type { FirstRun } from "../shared/first-run";
import { Preview } from "./preview";
import { previewGuidelines, type Typed } from "./preview-guidelines";
import { StepContent } from "./step-content";
import { neighbours, position, STEPS, type Step } from "./steps";

/**
 * The first-run page: a few short steps that fill in the guidelines every suggestion depends on, beside a live
 * preview of one suggestion. Finishing or skipping is remembered, and the popup stops offering the page.
 */
export function FirstRunApp() {
  const { guidelines, managed, save, update, replace } = useGuidelines();
  const [firstRun, setFirstRun] = useState<FirstRun>();
  const [step, setStep] = useState<Step>(STEPS[0]);
  const [again, setAgain] = useState(false);
  const [typed, setTyped] = useState<Typed>({});
  const stepRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    void loadFirstRun().then(setFirstRun);
    return watchFirstRun(setFirstRun);
  }, []);
  // A new step is announced by moving the focus to its heading (not on the first render: the page's h1 leads).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes; the heading is read from the DOM.
  useEffect(() => {
    if (!moved.current) return;
    const heading = stepRef.current?.querySelector("h2");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [step]);

  if (!guidelines || !firstRun) return null;
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };
  const finish = (state: "done" | "skipped") => {
    moved.current = true;
    setAgain(false);
    void saveFirstRun(state);
  };
  const { back, next } = neighbours(step);
  const open = firstRun.state === "pending" || again;

  return (
    <div class="first-run">
      <header class="first-run-header">
        <h1 class="brand">
          <img src="icons/icon-32.png" alt="" />
          {t("frTitle")}
        </h1>
        <p class="muted">{t("frIntro")}</p>
        {managed && <p class="advice advice-keep">{t("frManaged")}</p>}
      </header>
      {open ? (
        <div class="first-run-body">
          <div class="first-run-steps-column">
            <ol class="first-run-steps" aria-label={t("frStepsLabel")}>
              {STEPS.map((each) => (
                <li key={each} aria-current={each === step ? "step" : undefined}>
                  {t(`fr_step_${each}`)}
                </li>
              ))}
            </ol>
            <p class="muted step-position">{t("frStepOf", [position(step).number, position(step).count])}</p>
            <div ref={stepRef}>
              <StepContent
                step={step}
                guidelines={guidelines}
                managed={managed}
                update={update}
                replace={(value) => {
                  setTyped({});
                  replace(value);
                }}
                type={(change) => setTyped((current) => ({ ...current, ...change }))}
              />
            </div>
            <p class="save-state" role="status" data-kind={save?.kind}>
              {save?.text ?? ""}
            </p>
            <div class="actions first-run-actions">
              {back && (
                <button type="button" class="button" onClick={() => go(back)}>
                  {t("frBack")}
                </button>
              )}
              {next ? (
                <button type="button" class="button primary" onClick={() => go(next)}>
                  {t("frNext")}
                </button>
              ) : (
                <button type="button" class="button primary" onClick={() => finish("done")}>
                  {t("frFinish")}
                </button>
              )}
              <button type="button" class="link-button first-run-skip" onClick={() => finish("skipped")}>
                {t("frSkip")}
              </button>
            </div>
          </div>
          <Preview guidelines={previewGuidelines(guidelines, typed)} language={uiLanguage()} />
        </div>
      ) : (
        <Finished
          state={firstRun.state}
          focus={moved.current}
          again={() => {
            setStep(STEPS[0]);
            setAgain(true);
          }}
        />
      )}
    </div>
  );
}

/** After finishing or skipping: where the settings live, and the steps once more. */
function Finished(props: { state: FirstRun["state"]; focus: boolean; again: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that finished is gone: the focus goes to what replaced it rather than to the page's start.
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, [props.focus]);
  const done = props.state === "done";
  return (
    <section class="card first-run-finished" aria-labelledby="finished-title">
      <h2 id="finished-title" ref={heading} tabIndex={-1}>
        {t(done ? "frDoneTitle" : "frSkippedTitle")}
      </h2>
      <p>{t(done ? "frDoneBody" : "frSkippedBody")}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => openOptionsPage()}>
          {t("openOptions")}
        </button>
        <button type="button" class="button" onClick={props.again}>
          {t("frAgain")}
        </button>
      </div>
    </section>
  );
}
