import { t } from "../platform/i18n";
import { ADDRESS_FORMS, type Guidelines } from "../shared/guidelines";
import { Choice, TextField } from "./fields";

type Update = (change: (current: Guidelines) => Guidelines) => void;

/** What the fields below share: the guidelines shown, whether a policy locks them, how a change is saved. */
export type GuidelineFieldProps = {
  guidelines: Guidelines;
  disabled: boolean;
  update: Update;
  /** Told each keystroke, before the field is left (the first-run page's live preview). */
  onType?: (field: "companyName" | "signOff" | "email" | "phone" | "url", value: string) => void;
};

/**
 * The company's name, address form and sign-off, and the contact for private messages: the same fields on the
 * options page and the first-run page, so both write the guidelines the same way.
 */
export function CompanyNameField({ guidelines: g, disabled, update, onType }: GuidelineFieldProps) {
  return (
    <TextField
      id="company"
      label={t("optCompanyName")}
      value={g.companyName}
      disabled={disabled}
      onType={onType && ((v) => onType("companyName", v))}
      onCommit={(v) => update((c) => ({ ...c, companyName: v }))}
    />
  );
}

export function AddressFormField({ guidelines: g, disabled, update }: GuidelineFieldProps) {
  return (
    <Choice
      id="address"
      label={t("optAddressForm")}
      value={g.addressForm}
      disabled={disabled}
      options={ADDRESS_FORMS.map((value) => ({ value, label: t(`optAddress_${value}`) }))}
      onCommit={(v) => update((c) => ({ ...c, addressForm: v }))}
    />
  );
}

export function SignOffField({ guidelines: g, disabled, update, onType }: GuidelineFieldProps) {
  return (
    <TextField
      id="signoff"
      label={t("optSignOff")}
      help={t("optSignOffHelp")}
      value={g.signOff}
      disabled={disabled}
      onType={onType && ((v) => onType("signOff", v))}
      onCommit={(v) => update((c) => ({ ...c, signOff: v }))}
    />
  );
}

const CONTACTS = [
  ["email", "email", "optEscalationEmail"],
  ["phone", "tel", "optEscalationPhone"],
  ["url", "url", "optEscalationUrl"],
] as const;

export function ContactFields({ guidelines: g, disabled, update, onType }: GuidelineFieldProps) {
  return (
    <>
      {CONTACTS.map(([field, kind, label]) => (
        <TextField
          key={field}
          id={`esc-${field}`}
          type={kind}
          label={t(label)}
          value={g.escalation[field]}
          disabled={disabled}
          onType={onType && ((v) => onType(field, v))}
          onCommit={(v) => update((c) => ({ ...c, escalation: { ...c.escalation, [field]: v } }))}
        />
      ))}
    </>
  );
}
