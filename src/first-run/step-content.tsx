import { BusinessHoursField } from "../options/business-hours-field";
import { Choice, TextField } from "../options/fields";
import { ImportExport } from "../options/import-export";
import { SitesSection } from "../options/sites-section";
import { t } from "../platform/i18n";
import { ADDRESS_FORMS, type Guidelines } from "../shared/guidelines";
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
  if (step === "voice")
    return (
      <>
        <TextField
          id="company"
          label={t("optCompanyName")}
          value={g.companyName}
          disabled={off}
          onType={(v) => type({ companyName: v })}
          onCommit={(v) => set((c) => ({ ...c, companyName: v }))}
        />
        <Choice
          id="address"
          label={t("optAddressForm")}
          value={g.addressForm}
          disabled={off}
          options={ADDRESS_FORMS.map((value) => ({ value, label: t(`optAddress_${value}`) }))}
          onCommit={(v) => set((c) => ({ ...c, addressForm: v }))}
        />
        <TextField
          id="signoff"
          label={t("optSignOff")}
          help={t("optSignOffHelp")}
          value={g.signOff}
          disabled={off}
          onType={(v) => type({ signOff: v })}
          onCommit={(v) => set((c) => ({ ...c, signOff: v }))}
        />
      </>
    );
  if (step === "contact")
    return (
      <>
        {(
          [
            ["email", "email", "optEscalationEmail"],
            ["phone", "tel", "optEscalationPhone"],
            ["url", "url", "optEscalationUrl"],
          ] as const
        ).map(([field, kind, label]) => (
          <TextField
            key={field}
            id={`esc-${field}`}
            type={kind}
            label={t(label)}
            value={g.escalation[field]}
            disabled={off}
            onType={(v) => type({ [field]: v })}
            onCommit={(v) => set((c) => ({ ...c, escalation: { ...c.escalation, [field]: v } }))}
          />
        ))}
      </>
    );
  return (
    <BusinessHoursField guidelines={g} disabled={off} onCommit={(v) => set((c) => ({ ...c, businessHours: v }))} />
  );
}
