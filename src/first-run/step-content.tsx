import { BusinessHoursField } from "../options/business-hours-field";
import { ImportExport } from "../options/import-export";
import { SitesSection } from "../options/sites-section";
import { AddressFormField, CompanyNameField, ContactFields, SignOffField } from "../options/voice-fields";
import { t } from "../platform/i18n";
import type { Guidelines } from "../shared/guidelines";
import type { Typed } from "./preview-guidelines";
import type { Step } from "./steps";

type Update = (change: (current: Guidelines) => Guidelines) => void;

export type StepProps = {
  guidelines: Guidelines;
  /** An administrator's policy sets the guidelines: they are shown, not edited. */
  managed: boolean;
  update: Update;
  replace: (next: Guidelines) => void;
  type: (change: Typed) => void;
};

/**
 * What each step asks, with the options page's own fields: what is entered here is what the options page shows
 * and edits later. The sites step is the options page's switch list, heading and all.
 */
export function StepContent({ step, ...props }: StepProps & { step: Step }) {
  if (step === "sites") return <SitesSection />;
  return (
    <section class="card" aria-labelledby="step-title">
      <h2 id="step-title" tabIndex={-1}>
        {t(`fr_step_${step}`)}
      </h2>
      <p class="muted">{t(`fr_step_${step}_help`)}</p>
      <Fields step={step} {...props} />
    </section>
  );
}

function Fields({ step, guidelines: g, managed: off, update: set, replace, type }: StepProps & { step: Step }) {
  if (step === "file") return <ImportExport guidelines={g} disabled={off} onImport={replace} importOnly />;
  const shared = {
    guidelines: g,
    disabled: off,
    update: set,
    onType: (field: keyof Typed, v: string) => type({ [field]: v }),
  };
  if (step === "voice")
    return (
      <>
        <CompanyNameField {...shared} />
        <AddressFormField {...shared} />
        <SignOffField {...shared} />
      </>
    );
  if (step === "contact") return <ContactFields {...shared} />;
  return (
    <BusinessHoursField guidelines={g} disabled={off} onCommit={(v) => set((c) => ({ ...c, businessHours: v }))} />
  );
}
